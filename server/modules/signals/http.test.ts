import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { listEvents } from '../../platform/events.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/signals', () => {
  it('stores one signal and returns its id', async () => {
    const s = buildSignal({ sku: 'BAG-1', attachments: [{ kind: 'photo', url: 'https://x.test/p.jpg' }] });
    const res = await t.call('POST', '/api/signals', s);
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('inserted');
    const got = await t.call('GET', `/api/signals/${res.body.id}`);
    expect(got.body).toMatchObject({
      channel: 'email',
      externalId: s.externalId,
      sku: 'BAG-1',
      text: s.text,
      attachments: [{ kind: 'photo', url: 'https://x.test/p.jpg' }],
    });
  });

  it('sending the same (channel, externalId) again changes nothing and says so', async () => {
    const s = buildSignal();
    const first = await t.call('POST', '/api/signals', s);
    const again = await t.call('POST', '/api/signals', { ...s, text: 'a different wording' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'duplicate', duplicate: true });
    expect((await t.call('GET', `/api/signals/${first.body.id}`)).body.text).toBe(s.text);
  });

  it('the same external id on another channel is another signal', async () => {
    const s = buildSignal();
    const a = await t.call('POST', '/api/signals', s);
    const b = await t.call('POST', '/api/signals', { ...s, channel: 'chat' });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('a batch reports each item and writes one event', async () => {
    const dup = buildSignal();
    await t.call('POST', '/api/signals', dup);
    const before = (await listEvents(t.ctx.db, { type: 'signals.received' })).length;
    const res = await t.call('POST', '/api/signals', [buildSignal(), dup, buildSignal()]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ inserted: 2, duplicates: 1 });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['inserted', 'duplicate', 'inserted']);
    const events = await listEvents(t.ctx.db, { type: 'signals.received' });
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)!.payload).toMatchObject({ count: 2, source: 'api' });
  });

  it('a bad field in a batch names the item index and the field, and stores nothing', async () => {
    const good = buildSignal();
    const res = await t.call('POST', '/api/signals', [
      good,
      buildSignal({ receivedAt: 'yesterday' }),
      buildSignal({ channel: 'fax' as never }),
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(['[1].receivedAt', '[2].channel']);
    const list = await t.call('GET', `/api/signals?q=${encodeURIComponent(good.text.split(' ').at(-1)!)}`);
    expect(list.body.items.find((i: { externalId: string }) => i.externalId === good.externalId)).toBeUndefined();
  });

  it('refuses unknown fields, a batch over 1,000 and broken JSON with stable codes', async () => {
    expect((await t.call('POST', '/api/signals', { ...buildSignal(), colour: 'red' })).body.error.code).toBe('invalid_input');
    const big = Array.from({ length: 1001 }, () => buildSignal());
    const r = await t.call('POST', '/api/signals', big);
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
    const broken = await t.call('POST', '/api/signals', '{"channel":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.details[0].path).toBe('(body)');
  });
});

describe('GET /api/signals', () => {
  it('filters by channel, SKU, batch, date range and words, newest first, with a cursor', async () => {
    const mk = (i: number, over = {}) =>
      buildSignal({ sku: 'LIST-1', receivedAt: `2026-10-0${i}T10:00:00Z`, text: `kettle lid leaks number ${i}`, ...over });
    await t.call('POST', '/api/signals', [mk(1), mk(2, { batch: 'B-9' }), mk(3, { channel: 'review' }), mk(4), mk(5)]);
    const all = await t.call('GET', '/api/signals?sku=LIST-1&limit=2');
    expect(all.body.items.map((s: { receivedAt: string }) => s.receivedAt.slice(0, 10))).toEqual(['2026-10-05', '2026-10-04']);
    const p2 = await t.call('GET', `/api/signals?sku=LIST-1&limit=2&cursor=${all.body.nextCursor}`);
    expect(p2.body.items.map((s: { receivedAt: string }) => s.receivedAt.slice(0, 10))).toEqual(['2026-10-03', '2026-10-02']);
    const p3 = await t.call('GET', `/api/signals?sku=LIST-1&limit=2&cursor=${p2.body.nextCursor}`);
    expect(p3.body.items).toHaveLength(1);
    expect(p3.body.nextCursor).toBeNull();
    expect((await t.call('GET', '/api/signals?sku=LIST-1&channel=review')).body.items).toHaveLength(1);
    expect((await t.call('GET', '/api/signals?batch=B-9')).body.items).toHaveLength(1);
    expect((await t.call('GET', '/api/signals?sku=LIST-1&from=2026-10-02&to=2026-10-04')).body.items).toHaveLength(2);
    expect((await t.call('GET', '/api/signals?sku=LIST-1&q=leaks')).body.items).toHaveLength(5);
    expect((await t.call('GET', '/api/signals?sku=LIST-1&q=toaster')).body.items).toHaveLength(0);
  });

  it('rejects a bad filter naming it, and a forged cursor', async () => {
    const r = await t.call('GET', '/api/signals?channel=fax');
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('channel');
    expect((await t.call('GET', '/api/signals?cursor=nonsense')).body.error.details[0].path).toBe('cursor');
  });

  it('an unknown id is a 404 with a stable code', async () => {
    const r = await t.call('GET', '/api/signals/999999');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('signal_not_found');
  });
});
