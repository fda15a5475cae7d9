// A customer's data on request: the history, the export, and an erasure after which nothing of
// theirs is left anywhere in the database (a pg_dump on PostgreSQL, a scan of every table on
// both engines), while the counts the reports are built from stay as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { buildTestApp } from './test/http.js';
import { buildOrder, buildProduct, buildSignal } from './test/factories.js';
import { pgDump, scanEveryTable } from './test/full-text-scan.js';
import { runDueJobs } from './jobs.js';
import { testEngine } from './platform/db/testing.js';
import { appendEvents } from './platform/events.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;

const HER = 'cust-7Q2X';
const OTHER = 'cust-9B4K';
// Everything personal about her, as the dump is searched for it.
const HERS = [
  'marisol.quenby@example.org',
  'Quenby',
  'Marisol',
  '7700 900461',
  '900461',
  'Larkspur Lane',
  'marisol-q-strap.jpg',
  'zipper pull snapped clean off',
  'strap clip arrived cracked in two',
  'my second order',
];
const HIS = ['tobias.wren@example.net', 'Wrenfield'];

const signalIds = { first: 0, second: 0, review: 0, chat: 0, other: 0 };

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-24T12:00:00Z' });
  expect((await t.call('POST', '/api/products', buildProduct({ sku: 'DUF-1', title: 'Duffel', supplier: 'Acme Bags' }))).status).toBe(201);
  const orders = [
    buildOrder({
      orderId: 'W-1001',
      customerId: HER,
      customerEmail: 'marisol.quenby@example.org',
      orderedAt: '2026-11-02T10:00:00Z',
      deliveredAt: '2026-11-09T10:00:00Z',
      batch: 'B7',
      supplier: 'Acme Bags',
      carrierEvents: [
        { at: '2026-11-05T10:00:00Z', status: 'in_transit', location: 'Hub 4' },
        { at: '2026-11-09T10:00:00Z', status: 'delivered', location: '14 Larkspur Lane, Dunmore' },
      ],
      lines: [{ sku: 'DUF-1', qty: 1, price: 80 }],
    }),
    // Another of her orders, with nothing personal on it: a signal about it is still hers.
    buildOrder({ orderId: 'W-1003', customerId: HER, orderedAt: '2026-11-04T10:00:00Z', lines: [{ sku: 'DUF-1', qty: 1, price: 80 }] }),
    buildOrder({
      orderId: 'W-1002',
      customerId: OTHER,
      customerEmail: 'tobias.wren@example.net',
      orderedAt: '2026-11-03T10:00:00Z',
      deliveredAt: '2026-11-10T10:00:00Z',
      lines: [{ sku: 'DUF-1', qty: 1, price: 80 }],
    }),
  ];
  expect((await t.call('POST', '/api/orders', orders)).status).toBe(201);
  const signals = [
    buildSignal({
      externalId: 'mail-<CAF1.marisol.quenby@example.org>',
      customerId: HER,
      orderId: 'W-1001',
      sku: 'DUF-1',
      batch: 'B7',
      receivedAt: '2026-11-17T09:00:00Z',
      title: 'Strap missing - Marisol Quenby',
      text: 'The strap was missing from my duffel. Marisol Quenby, call +44 7700 900461 or write marisol.quenby@example.org',
      attachments: [{ kind: 'photo', url: 'https://cdn.example/u/marisol-q-strap.jpg' }],
    }),
    buildSignal({
      customerId: HER,
      sku: 'DUF-1',
      batch: 'B7',
      receivedAt: '2026-11-18T09:00:00Z',
      text: 'The strap was missing again and the strap clip arrived cracked in two. Marisol',
    }),
    // About her order, without her id: found through the order.
    buildSignal({
      channel: 'review',
      orderId: 'W-1001',
      sku: 'DUF-1',
      rating: 2,
      public: true,
      receivedAt: '2026-11-19T09:00:00Z',
      text: 'The zipper pull snapped clean off after a week. M. Quenby',
    }),
    buildSignal({
      channel: 'chat',
      orderId: 'W-1003',
      receivedAt: '2026-11-20T09:00:00Z',
      text: 'Where is my second order? Ask for Mrs Quenby at the door',
    }),
    buildSignal({
      customerId: OTHER,
      orderId: 'W-1002',
      sku: 'DUF-1',
      receivedAt: '2026-11-18T12:00:00Z',
      text: 'Will this duffel fit an airline overhead bin? Tobias Wrenfield, tobias.wren@example.net',
    }),
  ];
  const r = await t.call('POST', '/api/signals', signals);
  expect(r.status).toBe(201);
  const ids = (r.body.results as { id: number }[]).map((x) => x.id);
  for (const [i, k] of ['first', 'second', 'review', 'chat', 'other'].entries()) signalIds[k as keyof typeof signalIds] = ids[i]!;
  expect(
    (await t.call('POST', `/api/signals/${signalIds.first}/replies`, { text: 'Hi Marisol, a new strap ships today.', author: 'ana' }))
      .status,
  ).toBe(201);
  expect(
    (await t.call('POST', `/api/signals/${signalIds.other}/replies`, { text: 'Hi Tobias Wrenfield, a strap ships today.' })).status,
  ).toBe(201);
  const asset = await t.call('POST', '/api/ugc/assets', {
    signalId: signalIds.review,
    kind: 'photo',
    mediaUrl: 'https://cdn.example/u/marisol-q-strap.jpg',
    note: 'Marisol sent this by email',
    createdBy: 'ana',
  });
  expect(asset.status).toBe(201);
  const grant = await t.call('POST', `/api/ugc/assets/${asset.body.id}/permissions`, {
    kind: 'granted',
    channels: ['product_page'],
    until: null,
    editScope: 'as_is',
    incentiveGiven: false,
    incentiveDisclosed: false,
    recordedBy: 'ana',
    note: 'Marisol Quenby said yes',
  });
  expect(grant.status).toBe(201);
  // Issues, themes and the stored weekly report (week 47) quote the words.
  await runDueJobs(t.ctx);
  // Events that carried her words: one about her signal, one anywhere naming her address.
  await appendEvents(t.ctx.db, [
    {
      type: 'test.noted',
      actor: 'ana',
      at: t.clock.now(),
      subjectType: 'signal',
      subjectId: signalIds.second,
      payload: { text: 'Marisol Quenby called' },
    },
    { type: 'test.mailed', actor: 'job', at: t.clock.now(), payload: { to: ['marisol.quenby@example.org'], count: 1 } },
  ]);
});
afterAll(async () => {
  await t?.close();
});

const weekly = async () => (await t.call('GET', '/api/reports/weekly?week=2026-W47&fresh=1')).body;

describe("a customer's data on request", () => {
  it('answers the history an agent needs: orders with the email, signals with their replies, UGC', async () => {
    const r = await t.call('GET', `/api/customers/${HER}`);
    expect(r.status).toBe(200);
    expect(r.body.orders.map((o: { orderId: string; customerEmail: string }) => [o.orderId, o.customerEmail])).toEqual([
      ['W-1003', null],
      ['W-1001', 'marisol.quenby@example.org'],
    ]);
    expect(r.body.signals.map((s: { id: number }) => s.id).sort()).toEqual(
      [signalIds.first, signalIds.second, signalIds.review, signalIds.chat].sort(),
    );
    const first = r.body.signals.find((s: { id: number }) => s.id === signalIds.first);
    expect(first.replies.map((x: { text: string }) => x.text)).toEqual(['Hi Marisol, a new strap ships today.']);
    expect(r.body.ugcAssets).toHaveLength(1);
    expect((await t.call('GET', '/api/customers/nobody-here')).status).toBe(404);
  });

  it('masks the email in order lists and shows it on the order', async () => {
    const list = await t.call('GET', '/api/orders');
    const mine = list.body.items.find((o: { orderId: string }) => o.orderId === 'W-1001');
    expect(mine.customerEmail).toBe('m•••@e•••.org');
    expect(JSON.stringify(list.body)).not.toContain('quenby');
    expect((await t.call('GET', '/api/orders/W-1001')).body.customerEmail).toBe('marisol.quenby@example.org');
  });

  it('exports a zip of JSON with every record and attachment link', async () => {
    const res = await t.app.request(`/api/customers/${HER}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['attachments.json', 'customer.json', 'orders.json', 'signals.json', 'ugc.json']);
    const signals = JSON.parse(strFromU8(files['signals.json']!));
    expect(signals).toHaveLength(4);
    expect(JSON.parse(strFromU8(files['attachments.json']!))).toEqual([
      { signalId: signalIds.first, kind: 'photo', url: 'https://cdn.example/u/marisol-q-strap.jpg' },
    ]);
    expect(JSON.parse(strFromU8(files['orders.json']!)).map((o: { customerEmail: string | null }) => o.customerEmail)).toEqual([
      null,
      'marisol.quenby@example.org',
    ]);
  });

  it('erases every text, name, email, phone, address and attachment of hers, and nothing of anyone else', async () => {
    // Before: the scan finds her in the places an erasure must reach (so the check below can fail).
    const before = await scanEveryTable(t.ctx.db, HERS);
    for (const table of [
      'signals',
      'orders',
      'signal_replies',
      'signal_attachments',
      'ugc_assets',
      'ugc_permission_entries',
      'report_snapshots',
      'events',
    ])
      expect(
        before.some((f) => f.startsWith(`${table}:`)),
        table,
      ).toBe(true);
    // Her delivered order's review request waits (suppressed while her problem is open).
    const request = sql<{ state: string; suppressed_reason: string | null }>`
      SELECT state, suppressed_reason FROM review_requests WHERE order_id = 'W-1001'`;
    expect((await request.execute(t.ctx.db)).rows).toEqual([
      { state: 'suppressed', suppressed_reason: expect.not.stringMatching(/^erased$/) },
    ]);
    const reportBefore = await weekly();
    const issuesBefore = (await t.call('GET', '/api/issues')).body.items.map((i: { id: number; signalCount: number }) => [
      i.id,
      i.signalCount,
    ]);

    const r = await t.call('POST', `/api/customers/${HER}/erase`, { actor: 'dpo@shop' });
    expect(r.status).toBe(200);
    expect(r.body.customerId).toBe(HER);
    expect(r.body.counts).toMatchObject({
      orders: 1,
      emails: 1,
      signals: 4,
      attachments: 1,
      replies: 1,
      ugcAssets: 1,
      grantsRevoked: 1,
      reviewRequests: 1,
    });
    expect(r.body.counts.reports).toBe(1);
    expect(r.body.counts.events).toBe(2);

    expect(await scanEveryTable(t.ctx.db, HERS)).toEqual([]);
    // His data is untouched, so the scan does find what is there.
    expect(await scanEveryTable(t.ctx.db, HIS)).toEqual(
      expect.arrayContaining(['orders: tobias.wren@example.net', 'signals: Wrenfield', 'signal_replies: Wrenfield']),
    );
    if (testEngine() === 'postgres') {
      const dump = (await pgDump(t.ctx.db)).toLowerCase();
      expect(dump).toContain('tobias.wren@example.net');
      for (const n of HERS) expect(dump, n).not.toContain(n.toLowerCase());
    }

    // Counts stay, anonymous: the week's totals and the issues' sizes do not move.
    const reportAfter = await weekly();
    expect(reportAfter.totals).toEqual(reportBefore.totals);
    expect((await t.call('GET', '/api/issues')).body.items.map((i: { id: number; signalCount: number }) => [i.id, i.signalCount])).toEqual(
      issuesBefore,
    );

    // Her file is now empty of words; the grant is revoked.
    const file = (await t.call('GET', `/api/customers/${HER}`)).body;
    expect(file.erasedAt).toBe('2026-11-24T12:00:00.000Z');
    expect(file.signals.every((s: { text: string; erased: boolean }) => s.text === '[erased]' && s.erased)).toBe(true);
    expect(file.orders.map((o: { customerEmail: string | null }) => o.customerEmail)).toEqual([null, null]);
    const assets = (await t.call('GET', `/api/ugc/assets?signalId=${signalIds.review}`)).body.items;
    expect(assets.map((a: { permissions: { product_page?: { state: string } } }) => a.permissions.product_page?.state)).toEqual([
      'revoked',
    ]);
    expect((await t.call('GET', `/api/ugc/assets/${file.ugcAssets[0].id}/export?channel=product_page`)).status).toBe(409);

    // Nobody asks her for a review any more, however often the job runs.
    await runDueJobs(t.ctx, ['review-requests']);
    expect((await request.execute(t.ctx.db)).rows).toEqual([{ state: 'suppressed', suppressed_reason: 'erased' }]);
    // Even with her problem resolved, scheduling leaves an erased customer's orders alone.
    const resolved = await t.call('POST', '/api/signals/bulk', {
      ids: [signalIds.first, signalIds.second, signalIds.review, signalIds.chat],
      status: 'resolved',
    });
    expect(resolved.status).toBe(200);
    await runDueJobs(t.ctx, ['review-requests']);
    expect((await request.execute(t.ctx.db)).rows).toEqual([{ state: 'suppressed', suppressed_reason: 'erased' }]);

    // The erasure is an audit event without personal data (the scan above covered the event log too).
    const events = await sql<{ type: string; actor: string; payload: { counts?: { signals: number } } }>`
      SELECT type, actor, payload FROM events WHERE type LIKE 'customer.%' ORDER BY id`.execute(t.ctx.db);
    const erased = events.rows.find((e) => e.type === 'customer.erased')!;
    expect(erased.actor).toBe('dpo@shop');
    expect(erased.payload.counts?.signals).toBe(4);
  });

  it('a second erasure finds nothing left; an unknown customer is 404; the log still refuses other edits', async () => {
    const again = await t.call('POST', `/api/customers/${HER}/erase`);
    expect(again.status).toBe(200);
    expect(Object.values(again.body.counts).every((n) => n === 0)).toBe(true);
    expect((await t.call('POST', '/api/customers/nobody-here/erase', {})).status).toBe(404);
    expect((await t.call('POST', `/api/customers/${HER}/erase`, { actor: 5 })).status).toBe(400);
    await expect(sql`UPDATE events SET payload = '{}'::jsonb WHERE type = 'customer.erased'`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
  });
});
