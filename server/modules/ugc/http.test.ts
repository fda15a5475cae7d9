import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { listEvents } from '../../platform/events.js';
import { ugcFigures } from './ugc-figures.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-16T12:00:00Z' });
});
afterAll(async () => {
  await t.close();
});

async function newAsset(over: { kind?: string; mediaUrl?: string } = {}): Promise<number> {
  const s = await t.call(
    'POST',
    '/api/signals',
    buildSignal({
      channel: 'review',
      public: true,
      rating: 5,
      text: 'My dad uses this flask on every fishing trip, keeps coffee hot all day. Mail me at dad@example.com',
      attachments: [{ kind: 'photo', url: 'https://img.test/flask.jpg' }],
    }),
  );
  const r = await t.call('POST', '/api/ugc/assets', {
    signalId: s.body.id,
    kind: over.kind ?? 'photo',
    createdBy: 'agent:maria',
    ...(over.mediaUrl ? { mediaUrl: over.mediaUrl } : {}),
  });
  expect(r.status).toBe(201);
  return r.body.id;
}
const grant = (over: Record<string, unknown> = {}) => ({
  kind: 'granted',
  recordedBy: 'agent:maria',
  channels: ['product_page', 'email'],
  until: '2027-06-01T00:00:00Z',
  editScope: 'crop_resize',
  incentiveGiven: false,
  incentiveDisclosed: false,
  ...over,
});
const permit = (id: number, body: unknown) => t.call('POST', `/api/ugc/assets/${id}/permissions`, body);
const place = (id: number, channel: string) => t.call('POST', `/api/ugc/assets/${id}/placements`, { channel, placedBy: 'marketing:jo' });
const exportFor = (id: number, channel: string) => t.call('GET', `/api/ugc/assets/${id}/export?channel=${channel}`);

describe('POST /api/ugc/assets', () => {
  it('creates a candidate from a signal, taking the photo from its attachment; the same content again is the same asset', async () => {
    const s = await t.call(
      'POST',
      '/api/signals',
      buildSignal({ channel: 'review', text: 'Lovely bag', attachments: [{ kind: 'photo', url: 'https://img.test/bag.jpg' }] }),
    );
    const a = await t.call('POST', '/api/ugc/assets', { signalId: s.body.id, kind: 'photo', createdBy: 'agent:li' });
    expect(a.status).toBe(201);
    const again = await t.call('POST', '/api/ugc/assets', { signalId: s.body.id, kind: 'photo', createdBy: 'agent:li' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: a.body.id, duplicate: true });
    expect(await listEvents(t.ctx.db, { subjectType: 'ugc_asset', subjectId: String(a.body.id), type: 'ugc.asset_created' })).toHaveLength(
      1,
    );
    const list = await t.call('GET', `/api/ugc/assets?signalId=${s.body.id}`);
    expect(list.body.items[0]).toMatchObject({ kind: 'photo', mediaUrl: 'https://img.test/bag.jpg' });
  });

  it('refuses a photo asset when the signal has no photo, and an unknown signal', async () => {
    const s = await t.call('POST', '/api/signals', buildSignal({ channel: 'review', text: 'Great' }));
    const r = await t.call('POST', '/api/ugc/assets', { signalId: s.body.id, kind: 'video', createdBy: 'a' });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('mediaUrl');
    expect((await t.call('POST', '/api/ugc/assets', { signalId: 999999, kind: 'review', createdBy: 'a' })).status).toBe(404);
  });
});

describe('the permission ledger over HTTP', () => {
  it('refuses placement and export without any grant, with the reason', async () => {
    const id = await newAsset();
    const p = await place(id, 'product_page');
    expect(p.status).toBe(409);
    expect(p.body.error).toMatchObject({ code: 'ugc_use_refused', details: { channel: 'product_page', reason: 'no_grant' } });
    const e = await exportFor(id, 'product_page');
    expect(e.status).toBe(409);
    expect(await listEvents(t.ctx.db, { subjectType: 'ugc_asset', subjectId: String(id), type: 'ugc.use_refused' })).toHaveLength(2);
  });

  it('refuses while only requested', async () => {
    const id = await newAsset();
    expect((await permit(id, { kind: 'requested', recordedBy: 'agent:maria', channels: ['ads'] })).status).toBe(201);
    expect((await place(id, 'ads')).body.error.details.reason).toBe('request_pending');
  });

  it('a grant allows its channels: placement recorded, export returns masked text and terms', async () => {
    const id = await newAsset();
    await permit(id, { kind: 'requested', recordedBy: 'agent:maria', channels: ['product_page', 'email'] });
    const g = await permit(id, grant());
    expect(g.status).toBe(201);
    expect(g.body.permissions.product_page.state).toBe('granted');
    const p = await place(id, 'product_page');
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ channel: 'product_page', grantEntryId: g.body.entryId, editScope: 'crop_resize' });
    const e = await exportFor(id, 'email');
    expect(e.status).toBe(200);
    expect(e.body).toMatchObject({
      channel: 'email',
      mediaUrl: 'https://img.test/flask.jpg',
      editScope: 'crop_resize',
      until: '2027-06-01T00:00:00.000Z',
      disclosure: null,
    });
    expect(e.body.text).not.toContain('dad@example.com');
    const list = await t.call('GET', '/api/ugc/assets?limit=500');
    const item = list.body.items.find((i: { id: number }) => i.id === id);
    expect(item.permissions.product_page).toMatchObject({ state: 'granted', editScope: 'crop_resize' });
    expect(item.permissions.ads.state).toBe('none');
    expect(item.placements).toEqual({ product_page: 1 });
    expect(item.source.text).not.toContain('dad@example.com');
  });

  it('refuses a channel outside the grant', async () => {
    const id = await newAsset();
    await permit(id, grant());
    const r = await place(id, 'ads');
    expect(r.status).toBe(409);
    expect(r.body.error.details.reason).toBe('no_grant');
    expect(r.body.error.message).toMatch(/granted only for product_page, email/);
  });

  it('refuses after revocation (a new entry; earlier entries untouched)', async () => {
    const id = await newAsset();
    await permit(id, grant({ at: '2026-11-01T00:00:00Z' }));
    expect((await place(id, 'email')).status).toBe(201);
    expect((await permit(id, { kind: 'revoked', recordedBy: 'agent:li', note: 'customer asked by email' })).status).toBe(201);
    expect((await place(id, 'email')).body.error.details.reason).toBe('revoked');
    expect((await exportFor(id, 'product_page')).body.error.details.reason).toBe('revoked');
    const entries = await t.ctx.db.selectFrom('ugc_permission_entries').select('kind').where('asset_id', '=', id).orderBy('id').execute();
    expect(entries.map((e) => e.kind)).toEqual(['granted', 'revoked']);
  });

  it('refuses after expiry: the grant end date passing, and an explicit expiry entry', async () => {
    const id = await newAsset();
    await permit(id, grant({ at: '2026-10-01T00:00:00Z', until: '2026-11-10T00:00:00Z' }));
    expect((await place(id, 'product_page')).body.error.details.reason).toBe('expired');
    const id2 = await newAsset();
    await permit(id2, grant({ until: null }));
    await permit(id2, { kind: 'expired', recordedBy: 'system', channels: ['email'] });
    expect((await exportFor(id2, 'email')).body.error.details.reason).toBe('expired');
    expect((await exportFor(id2, 'product_page')).status).toBe(200);
  });

  it('an undisclosed incentive blocks reuse; a disclosed one exports with its disclosure', async () => {
    const id = await newAsset();
    await permit(id, grant({ incentiveGiven: true, incentiveDisclosed: false }));
    expect((await place(id, 'product_page')).body.error.details.reason).toBe('undisclosed_incentive');
    await permit(id, grant({ incentiveGiven: true, incentiveDisclosed: true }));
    expect((await exportFor(id, 'product_page')).body.disclosure).toMatch(/incentive/);
  });

  it('rejects entries that break the ledger rules with 422 or 400, naming the field', async () => {
    const id = await newAsset();
    await permit(id, grant({ at: '2026-11-10T00:00:00Z' }));
    const back = await permit(id, { kind: 'revoked', recordedBy: 'x', at: '2026-11-01T00:00:00Z' });
    expect(back.status).toBe(422);
    expect(back.body.error).toMatchObject({ code: 'ugc_permission_rejected' });
    expect(back.body.error.message).toMatch(/append-only/);
    const until = await permit(id, grant({ at: '2026-11-12T00:00:00Z', until: '2026-11-11T00:00:00Z' }));
    expect(until.status).toBe(422);
    expect(until.body.error.message).toMatch(/^until/);
    const future = await permit(id, { kind: 'denied', recordedBy: 'x', at: '2027-01-01T00:00:00Z' });
    expect(future.status).toBe(422);
    const noWho = await permit(id, { kind: 'requested', channels: ['ads'] });
    expect(noWho.status).toBe(400);
    expect(noWho.body.error.details[0].path).toBe('recordedBy');
    const badChannel = await permit(id, { kind: 'requested', recordedBy: 'x', channels: ['billboard'] });
    expect(badChannel.status).toBe(400);
    expect((await permit(999999, { kind: 'requested', recordedBy: 'x', channels: ['ads'] })).status).toBe(404);
  });

  it('the database refuses to update or delete a ledger entry', async () => {
    const id = await newAsset();
    await permit(id, grant());
    await expect(sql`UPDATE ugc_permission_entries SET kind = 'granted' WHERE asset_id = ${id}`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM ugc_permission_entries WHERE asset_id = ${id}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it('every recorded entry and placement is an event', async () => {
    const id = await newAsset();
    await permit(id, grant());
    await place(id, 'email');
    const types = (await listEvents(t.ctx.db, { subjectType: 'ugc_asset', subjectId: String(id) })).map((e) => e.type);
    expect(types).toEqual(['ugc.asset_created', 'ugc.permission_recorded', 'ugc.placed']);
  });
});

describe('ugcFigures', () => {
  it('counts candidates, asked, granted, the rate and placements by channel in the range', async () => {
    t.clock.set('2027-05-03T10:00:00Z');
    const a = await newAsset();
    const b = await newAsset();
    await newAsset({ kind: 'review' });
    await permit(a, { kind: 'requested', recordedBy: 'x', channels: ['email'] });
    await permit(b, { kind: 'requested', recordedBy: 'x', channels: ['email'] });
    await permit(a, grant({ channels: ['email', 'social'] }));
    await place(a, 'email');
    await place(a, 'email');
    await place(a, 'social');
    const f = await ugcFigures(t.ctx.db, { from: new Date('2027-05-03T00:00:00Z'), to: new Date('2027-05-10T00:00:00Z') });
    expect(f).toEqual({ candidates: 3, requested: 2, granted: 1, permissionRate: 0.5, placementsByChannel: { email: 2, social: 1 } });
    const empty = await ugcFigures(t.ctx.db, { from: new Date('2030-01-01T00:00:00Z'), to: new Date('2030-01-08T00:00:00Z') });
    expect(empty).toEqual({ candidates: 0, requested: 0, granted: 0, permissionRate: null, placementsByChannel: {} });
  });
});
