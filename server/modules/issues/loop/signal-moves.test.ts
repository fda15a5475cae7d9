import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp } from '../../../test/http.js';
import { buildOrder } from '../../../test/factories.js';
import { listEvents } from '../../../platform/events.js';
import { loadTriageContext, triageStoredSignals } from '../../triage/index.js';
import { detectIssues } from './detect-issues.js';
import { dayIso, seedStrapStore } from '../../../test/strap-store.js';

type IssueBody = {
  id: number;
  issueType: string;
  sku: string;
  batch: string | null;
  signalCount: number;
  status: string;
  channels: Record<string, number>;
};

/**
 * A signal whose labels or scope change leaves the issues it no longer belongs to and joins the
 * right ones: at once for an agent's correction, on the next job run for a re-triage or an
 * order whose batch changed. Counts are recomputed from the memberships, every move is an event.
 */
describe('signals move between issues when their labels or scope change', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  const issue = async (q: string): Promise<IssueBody | undefined> =>
    (await t.call('GET', `/api/issues?${q}&includeEmpty=true`)).body.items[0];
  const signalIds = async (sku: string) =>
    (await sql<{ id: number }>`SELECT id FROM signals WHERE sku = ${sku} ORDER BY id`.execute(t.ctx.db)).rows.map((r) => Number(r.id));
  /** Stored counts equal the membership table, and every signal sits in exactly the issues its types name. */
  const consistent = async () => {
    const counts = await sql<{ stored: number; actual: number }>`
      SELECT i.signal_count AS stored, (SELECT count(*)::int FROM issue_signals m WHERE m.issue_id = i.id) AS actual FROM issues i`.execute(
      t.ctx.db,
    );
    for (const c of counts.rows) expect(c.stored).toBe(c.actual);
    const stray = await sql<{ n: number }>`SELECT count(*)::int AS n FROM issue_signals m JOIN signals s ON s.id = m.signal_id
      WHERE NOT (m.issue_type = ANY(s.issue_types))`.execute(t.ctx.db);
    expect(stray.rows[0]!.n).toBe(0);
    const missing = await sql<{ n: number }>`SELECT count(*)::int AS n FROM signals s CROSS JOIN LATERAL unnest(s.issue_types) AS ty
      WHERE s.triaged_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issue_signals m WHERE m.signal_id = s.id AND m.issue_type = ty)`.execute(
      t.ctx.db,
    );
    expect(missing.rows[0]!.n).toBe(0);
  };

  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(40, 23) });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 10, quietEvery: 9, burstDay: 40, burst: 7 });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 4, quietEvery: 3, sku: 'BAG-2' });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 4, quietEvery: 4, sku: 'BAG-3' });
    await detectIssues(t.ctx);
  });
  afterAll(() => t.close());

  it('a corrected label moves the signal at once: counts, trend and an event, no job run needed', async () => {
    const strap = (await issue('sku=BAG-1&issueType=missing_item'))!;
    expect(strap.signalCount).toBe(12);
    const [first] = await signalIds('BAG-1');
    const r = await t.call('PATCH', `/api/signals/${first}`, { issueTypes: ['wrong_item'], actor: 'ana' });
    expect(r.status).toBe(200);

    const after = (await t.call('GET', `/api/issues/${strap.id}`)).body;
    expect(after.signalCount).toBe(11);
    expect(after.trend.days.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBe(11);
    const wrong = (await issue('sku=BAG-1&issueType=wrong_item'))!;
    expect(wrong).toMatchObject({ signalCount: 1, batch: 'B1' });
    const moves = (await listEvents(t.ctx.db, { type: 'signal.issues_moved' })).filter((e) => e.subjectId === String(first));
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ actor: 'ana', payload: { joined: [{ issueId: wrong.id, issueType: 'wrong_item' }] } });
    expect(moves[0]!.payload.left).toContainEqual({ issueId: strap.id, issueType: 'missing_item' });
    expect((await listEvents(t.ctx.db, { type: 'issue.opened' })).filter((e) => e.subjectId === String(wrong.id))).toHaveLength(1);
    await consistent();

    // The job finds nothing left to move, and recounting gives the same numbers.
    const job = await detectIssues(t.ctx);
    expect(job).toMatchObject({ ran: true, result: { assigned: 0, moved: 0 } });
    expect((await issue('sku=BAG-1&issueType=missing_item'))!.signalCount).toBe(11);
    expect((await issue('sku=BAG-1&issueType=wrong_item'))!.signalCount).toBe(1);
  });

  it('a bulk correction that empties an issue leaves it with zero counts, out of the default list, not alarming', async () => {
    const strap = (await issue('sku=BAG-1&issueType=missing_item'))!;
    expect(strap.status).toBe('needs_action');
    const ids = await signalIds('BAG-1');
    const r = await t.call('POST', '/api/signals/bulk', { ids, issueTypes: ['wrong_item'], actor: 'ana' });
    expect(r.status).toBe(200);
    const detail = (await t.call('GET', `/api/issues/${strap.id}`)).body;
    expect(detail).toMatchObject({ signalCount: 0, status: 'watching' });
    expect(detail.representativeWording ?? null).toBeNull();
    const listed = (await t.call('GET', '/api/issues?sku=BAG-1')).body.items.map((i: IssueBody) => i.id);
    expect(listed).not.toContain(strap.id);
    expect((await t.call('GET', '/api/issues?sku=BAG-1&includeEmpty=true')).body.items.map((i: IssueBody) => i.id)).toContain(strap.id);
    expect((await issue('sku=BAG-1&issueType=wrong_item'))!.signalCount).toBe(12);
    // One move event per signal that changed; the first one had already moved.
    expect((await listEvents(t.ctx.db, { type: 'signal.issues_moved' })).filter((e) => ids.includes(Number(e.subjectId)))).toHaveLength(12);
    await consistent();
  });

  it('a re-triage that changes issue types moves the signals on the next job run', async () => {
    const before = (await issue('sku=BAG-2&issueType=missing_item'))!;
    expect(before.signalCount).toBeGreaterThan(5);
    // The seller now files "only the bag arrived" as a wrong item, and no longer as missing.
    expect((await t.call('POST', '/api/triage/rules', { issueType: 'wrong_item', phrase: 'only the bag arrived', weight: 5 })).status).toBe(
      201,
    );
    expect((await t.call('POST', '/api/triage/rules', { issueType: 'missing_item', phrase: 'strap was missing', weight: -5 })).status).toBe(
      201,
    );
    const ids = await signalIds('BAG-2');
    const triage = await loadTriageContext(t.ctx.db);
    await t.ctx.db.transaction().execute((tx) => triageStoredSignals({ db: tx, clock: t.clock }, ids, triage, { actor: 'cli' }));
    const types = await sql<{ id: number; issue_types: string[] }>`SELECT id, issue_types FROM signals WHERE sku = 'BAG-2'`.execute(
      t.ctx.db,
    );
    const stillMissing = types.rows.filter((r) => r.issue_types.includes('missing_item')).length;
    expect(stillMissing).toBeLessThan(before.signalCount);
    expect(types.rows.every((r) => r.issue_types.includes('wrong_item'))).toBe(true);

    const job = await detectIssues(t.ctx);
    expect(job.ran && (job.result as { moved: number }).moved).toBe(ids.length);
    expect((await issue('sku=BAG-2&issueType=missing_item'))?.signalCount ?? 0).toBe(stillMissing);
    expect((await issue('sku=BAG-2&issueType=wrong_item'))!.signalCount).toBe(ids.length);
    await consistent();
    expect(await detectIssues(t.ctx)).toMatchObject({ ran: true, result: { moved: 0, assigned: 0 } });
  });

  it('an order whose batch is corrected moves its signals to the issue of the right batch', async () => {
    const b1 = (await issue('sku=BAG-3&issueType=missing_item'))!;
    const row = await sql<{
      id: number;
      order_id: string;
    }>`SELECT id, order_id FROM signals WHERE sku = 'BAG-3' ORDER BY id LIMIT 1`.execute(t.ctx.db);
    const { id: signalId, order_id: orderId } = row.rows[0]!;
    const day = Number(/-o-(\d+)-/.exec(orderId)![1]);
    const r = await t.call(
      'POST',
      '/api/orders',
      buildOrder({
        orderId,
        orderedAt: dayIso(day, 8),
        country: 'US',
        route: 'US-US-ground',
        batch: 'B2',
        lines: [{ sku: 'BAG-3', qty: 1, price: 40 }],
      }),
    );
    expect(r.body.status).toBe('updated');
    await detectIssues(t.ctx);
    const b2 = (await t.call('GET', '/api/issues?sku=BAG-3&issueType=missing_item')).body.items.find((i: IssueBody) => i.batch === 'B2');
    expect(b2).toMatchObject({ signalCount: 1 });
    expect((await t.call('GET', `/api/issues/${b1.id}`)).body.signalCount).toBe(b1.signalCount - 1);
    const moves = (await listEvents(t.ctx.db, { type: 'signal.issues_moved' })).filter((e) => e.subjectId === String(signalId));
    expect(moves.at(-1)).toMatchObject({ actor: 'job', payload: { left: [{ issueId: b1.id }], joined: [{ issueId: b2.id }] } });
    await consistent();
  });
});
