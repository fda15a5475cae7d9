import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-16T12:00:00Z' });
});
afterAll(async () => {
  await t.close();
});

const changes = async (id: number) =>
  (
    await sql<{ status: string; at: Date }>`select status, at from signal_status_changes where signal_id = ${id} order by at`.execute(
      t.database.db,
    )
  ).rows.map((r) => [r.status, r.at.toISOString()]);

describe('a status change at its own time (at)', () => {
  it('records the change when it happened, not when it was sent', async () => {
    const s = await t.call('POST', '/api/signals', buildSignal({ receivedAt: '2026-11-10T08:00:00Z' }));
    const id = s.body.id as number;
    expect((await t.call('PATCH', `/api/signals/${id}`, { status: 'resolved', at: '2026-11-10T09:30:00Z' })).status).toBe(200);
    expect((await t.call('PATCH', `/api/signals/${id}`, { status: 'open', at: '2026-11-11T10:00:00+01:00' })).status).toBe(200);
    await t.call('PATCH', `/api/signals/${id}`, { status: 'resolved' });
    expect(await changes(id)).toEqual([
      ['resolved', '2026-11-10T09:30:00.000Z'],
      ['reopened', '2026-11-11T09:00:00.000Z'],
      ['resolved', '2026-11-16T12:00:00.000Z'],
    ]);
  });

  it('refuses a time before the signal arrived, or after tomorrow, naming at', async () => {
    const s = await t.call('POST', '/api/signals', buildSignal({ receivedAt: '2026-11-10T08:00:00Z' }));
    const id = s.body.id as number;
    const early = await t.call('PATCH', `/api/signals/${id}`, { status: 'resolved', at: '2026-11-09T08:00:00Z' });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/^at: /);
    const late = await t.call('PATCH', `/api/signals/${id}`, { status: 'resolved', at: '2027-01-01T00:00:00Z' });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toMatch(/at/);
    const bulk = await t.call('POST', '/api/signals/bulk', { ids: [id], status: 'pending', at: '2026-11-10T08:05:00Z' });
    expect(bulk.status).toBe(200);
    expect(await changes(id)).toEqual([['pending', '2026-11-10T08:05:00.000Z']]);
  });
});
