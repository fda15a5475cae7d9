// Retention: customer text older than N months is erased by the job the same way a request erases
// it; newer text stays, an idle pass writes nothing, and the settings API overrides the variable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp } from './test/http.js';
import { buildOrder, buildSignal } from './test/factories.js';
import { scanEveryTable } from './test/full-text-scan.js';
import { runDueJobs } from './jobs.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
const retentionEvents = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM events WHERE type = 'customer.erased'`.execute(t.ctx.db)).rows[0]!.n;

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-24T12:00:00Z' });
  await t.call('POST', '/api/orders', [
    buildOrder({ orderId: 'OLD-1', customerId: 'c-old', customerEmail: 'ilse.varga@example.org', orderedAt: '2025-03-01T10:00:00Z' }),
    buildOrder({ orderId: 'NEW-1', customerId: 'c-new', customerEmail: 'noor.haddad@example.org', orderedAt: '2026-10-01T10:00:00Z' }),
  ]);
  const r = await t.call('POST', '/api/signals', [
    buildSignal({
      customerId: 'c-old',
      receivedAt: '2025-03-10T10:00:00Z',
      text: 'Ilse Varga here, the lid cracked, +36 30 555 0142',
      attachments: [{ kind: 'photo', url: 'https://cdn.example/ilse-lid.jpg' }],
    }),
    buildSignal({ customerId: 'c-new', receivedAt: '2026-11-10T10:00:00Z', text: 'Noor Haddad: the lid cracked too' }),
  ]);
  expect(r.status).toBe(201);
  await t.call('POST', `/api/signals/${r.body.results[0].id}/replies`, { text: 'Sorry Ilse, a new lid is on its way.' });
});
afterAll(async () => {
  await t?.close();
});

describe('retention', () => {
  it('is off until set, then reads the variable, and the settings API wins over it', async () => {
    expect((await t.call('GET', '/api/settings/retention')).body).toEqual({ months: null, source: 'none' });
    t.ctx.config = { ...t.ctx.config, retentionMonths: 60 };
    expect((await t.call('GET', '/api/settings/retention')).body).toEqual({ months: 60, source: 'environment' });
    expect((await t.call('PUT', '/api/settings/retention', { months: 0 })).status).toBe(400);
    expect((await t.call('PUT', '/api/settings/retention', { months: null })).body).toEqual({ months: null, source: 'settings' });
    expect((await t.call('GET', '/api/settings/retention')).body).toEqual({ months: null, source: 'settings' });
    // With retention off, the job erases nothing.
    await runDueJobs(t.ctx, ['retention']);
    expect(await scanEveryTable(t.ctx.db, ['Ilse Varga'])).toContain('signals: Ilse Varga');
  });

  it('erases text older than the setting, the same way a request does, and keeps the newer', async () => {
    expect((await t.call('PUT', '/api/settings/retention', { months: 12, actor: 'dpo' })).body).toEqual({ months: 12, source: 'settings' });
    const [report] = await runDueJobs(t.ctx, ['retention']);
    expect(report!.result).toMatchObject({ months: 12, before: '2025-11-24T12:00:00.000Z', batches: 1 });
    expect((report!.result as { counts: Record<string, number> }).counts).toMatchObject({
      signals: 1,
      attachments: 1,
      replies: 1,
      orders: 1,
      emails: 1,
    });
    expect(await scanEveryTable(t.ctx.db, ['Ilse', 'Varga', 'ilse.varga@example.org', '555 0142', 'ilse-lid.jpg'])).toEqual([]);
    expect(await scanEveryTable(t.ctx.db, ['Noor Haddad', 'noor.haddad@example.org'])).toEqual([
      'orders: noor.haddad@example.org',
      'signals: Noor Haddad',
    ]);
    // The signal still counts: it is there, with its customer and date, without words.
    const file = (await t.call('GET', '/api/customers/c-old')).body;
    expect(file.signals).toHaveLength(1);
    expect(file.signals[0]).toMatchObject({ text: '[erased]', erased: true, receivedAt: '2025-03-10T10:00:00.000Z' });
    expect(file.erasedAt).toBeNull();
  });

  it('an idle pass writes nothing, not even an audit event', async () => {
    const before = await retentionEvents();
    expect(before).toBe(1);
    const [report] = await runDueJobs(t.ctx, ['retention']);
    expect(report!.result).toMatchObject({ months: 12, batches: 0 });
    expect(await retentionEvents()).toBe(before);
  });
});
