import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { buildSignal } from '../../../test/factories.js';
import { listEvents } from '../../../platform/events.js';
import { ingestSignals } from '../../signals/index.js';
import { detectIssues } from './detect-issues.js';
import { getIssues } from './issue-repository.js';
import { dayIso, seedStrapStore } from '../../../test/strap-store.js';

const strapText = 'The shoulder strap was missing from the package, only the bag arrived.';

/**
 * Signals imported days after they were received land on days the spike test has already
 * passed. The test goes back to those days (by what was inserted since, not by receivedAt),
 * flags the spike on the day it happened, and says so once.
 */
describe('late imports are tested for spikes on the days they fall in', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  let issueId: number;
  const alarms = async () => (await listEvents(t.ctx.db, { type: 'issue.spike_flagged' })).filter((e) => e.subjectId === String(issueId));

  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(40, 23) });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 10, quietEvery: 9 });
    await detectIssues(t.ctx);
    const list = await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item');
    issueId = list.body.items[0].id;
  });
  afterAll(() => t.close());

  it('a quiet store has no alarm, and its days up to yesterday are tested', async () => {
    expect(await alarms()).toHaveLength(0);
    const [issue] = await getIssues(t.ctx.db, [issueId]);
    expect(issue!.spikeCheckedThrough).toBe(dayIso(39).slice(0, 10));
  });

  it('a burst from day 30 imported on day 41 is flagged at day 30, once', async () => {
    t.clock.advance(86_400_000);
    const late = Array.from({ length: 7 }, (_, k) =>
      buildSignal({
        externalId: `late-${k}`,
        channel: (['email', 'review', 'refund_reason'] as const)[k % 3],
        sku: 'BAG-1',
        orderId: `BAG-1-o-27-${k}`,
        receivedAt: dayIso(30, 9 + k),
        text: strapText,
        ...(k % 3 === 1 ? { rating: 2, public: true } : {}),
      }),
    );
    await ingestSignals(t.ctx, late, { actor: 'import', source: 'import' });
    const r = await detectIssues(t.ctx);
    expect(r).toMatchObject({ ran: true });
    expect((await getIssues(t.ctx.db, [issueId]))[0]!.signalCount).toBe(5 + 7);
    const flagged = await alarms();
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.payload).toMatchObject({ day: dayIso(30).slice(0, 10), reason: 'spike', exposureAdjusted: true });
    const [issue] = await getIssues(t.ctx.db, [issueId]);
    expect(issue!.spike!.episodes.map((e) => e.at)).toEqual([dayIso(30).slice(0, 10)]);
    expect(issue!.spikeUntestedDays).toEqual([]);
  });

  it('reruns add no second alarm, and a quiet late import raises none', async () => {
    expect(await detectIssues(t.ctx)).toMatchObject({ ran: true, result: { spikesFlagged: 0 } });
    const quiet = [5, 15, 22].map((d) =>
      buildSignal({ externalId: `late-quiet-${d}`, sku: 'BAG-1', orderId: `BAG-1-o-${d}-0`, receivedAt: dayIso(d, 11), text: strapText }),
    );
    await ingestSignals(t.ctx, quiet, { actor: 'import', source: 'import' });
    const [before] = await getIssues(t.ctx.db, [issueId]);
    expect(before!.spikeUntestedDays).toEqual([]);
    const r = await detectIssues(t.ctx);
    expect(r).toMatchObject({ ran: true, result: { spikesFlagged: 0 } });
    expect((await getIssues(t.ctx.db, [issueId]))[0]!.signalCount).toBe(5 + 7 + 3);
    expect(await alarms()).toHaveLength(1);
    expect(await detectIssues(t.ctx)).toMatchObject({ ran: true, result: { spikesFlagged: 0 } });
  });
});
