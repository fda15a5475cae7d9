import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { listEvents } from '../../../platform/events.js';
import { detectIssues } from './detect-issues.js';
import { dayIso, seedStrapStore } from '../../../test/strap-store.js';

describe('issues-detect job', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(40, 23) });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 10, quietEvery: 9, burstDay: 40, burst: 7 });
  });
  afterAll(() => t.close());

  it('puts a ticket, a review and a refund reason about the same missing strap into one issue, and flags the burst', async () => {
    const r = await detectIssues(t.ctx);
    expect(r.ran).toBe(true);
    const list = await t.call('GET', '/api/issues?issueType=missing_item');
    expect(list.status).toBe(200);
    const issue = list.body.items.find((i: { sku: string }) => i.sku === 'BAG-1');
    expect(issue).toMatchObject({ issueType: 'missing_item', sku: 'BAG-1', batch: 'B1', status: 'needs_action' });
    expect(Object.keys(issue.channels).sort()).toEqual(['email', 'refund_reason', 'review']);
    expect(issue.signalCount).toBe(5 + 7);
    expect(issue.spike).toMatchObject({ flagged: true, at: dayIso(40).slice(0, 10), reason: 'spike' });
    expect(issue.spike.pValue).toBeLessThan(1e-4);
    expect(issue.playbook?.id).toBeTruthy();
    expect(issue.playbook.reviewWindowDays).toBeGreaterThanOrEqual(7);
    const flagged = (await listEvents(t.ctx.db, { type: 'issue.spike_flagged' })).filter((e) => e.subjectId === String(issue.id));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.payload).toMatchObject({ day: dayIso(40).slice(0, 10), ownerTeam: issue.ownerTeam });
    expect(issue.ownerTeam).toBeTruthy();
  });

  it('is idempotent: a rerun assigns nothing, counts stay, no second alarm', async () => {
    const again = await detectIssues(t.ctx);
    expect(again).toMatchObject({ ran: true, result: { assigned: 0, spikesFlagged: 0 } });
    const list = await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item');
    expect(list.body.items[0].signalCount).toBe(12);
    const alarms = await listEvents(t.ctx.db, { type: 'issue.spike_flagged' });
    expect(alarms.filter((e) => e.subjectId === String(list.body.items[0].id))).toHaveLength(1);
    expect(new Set(alarms.map((e) => e.subjectId)).size).toBe(alarms.length);
  });

  it('shows the issue with trend by day and week, masked wording, evidence and its playbook recommendation', async () => {
    const list = await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item');
    const r = await t.call('GET', `/api/issues/${list.body.items[0].id}`);
    expect(r.status).toBe(200);
    expect(r.body.trend.days.at(-1)).toEqual({ day: dayIso(40).slice(0, 10), count: 7 });
    expect(r.body.trend.weeks.reduce((n: number, w: { count: number }) => n + w.count, 0)).toBe(
      r.body.trend.days.reduce((n: number, d: { count: number }) => n + d.count, 0),
    );
    expect(r.body.representativeWording).toContain('strap');
    expect(r.body.evidence.orders.length).toBeGreaterThan(0);
    expect(r.body.evidence.batches[0]).toMatchObject({ batch: 'B1' });
    expect(r.body.playbook.writeBack.length).toBeGreaterThan(0);
    expect(r.body.actions).toEqual([]);
    expect((await t.call('GET', '/api/issues/999999')).status).toBe(404);
  });

  it('filters and pages the issue list', async () => {
    const page = await t.call('GET', '/api/issues?limit=1');
    expect(page.body.items).toHaveLength(1);
    if (page.body.nextCursor) {
      const next = await t.call('GET', `/api/issues?limit=1&cursor=${page.body.nextCursor}`);
      expect(next.body.items[0].id).toBeLessThan(page.body.items[0].id);
    }
    expect((await t.call('GET', '/api/issues?status=bogus')).status).toBe(400);
  });
});
