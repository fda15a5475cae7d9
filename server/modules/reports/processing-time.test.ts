import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildSignal } from '../../test/factories.js';
import { ingestSignals, updateSignals } from '../signals/index.js';
import { recordReply } from '../replies/index.js';
import { storeWorkSteps, storeSatisfaction } from '../sla/index.js';
import { upsertOrders } from '../orders/index.js';
import { drainSlaChanges, ensureSlaZone } from './sla-rollup.js';
import { recountedProcessingRollup, storedProcessingRollup } from './processing-rollup.js';
import type { MonthlyReview, ProcessingLine, StageTimes, WeeklyReport, WorkOrderTimes } from '../../../contracts/reports.js';

/**
 * A fixed set of work orders under the default SLA calendar (Mon–Fri 09:00–18:00 UTC), with every
 * processing time worked out by hand below. Week 2026-W46 runs Mon 9 – Sun 15 November.
 *
 *   A email   Mon 09:00, reply Mon 11:00, resolved Tue 10:00          (no decision recorded)
 *   B email   Mon 17:00, reply Tue 10:00, resolved Wed 12:00          (no decision recorded)
 *   C portal  Fri 16:00, reply Fri 17:00, decided Mon 16th 10:00, resolved Mon 16th 15:00
 *   D chat    Sat 12:00, reply Sat 13:00, open (a pre-sale question)
 *   E portal  Wed 09:00, a staff message on the portal Wed 11:30 (a recorded first response)
 *   F email   Tue 20 October 09:00, reply 10:00, resolved Thu 22 October 09:00
 */
const WO = {
  A: { channel: 'email', receivedAt: '2026-11-09T09:00:00Z', text: 'The strap was missing from my bag when it arrived', sku: 'BAG-1' },
  B: { channel: 'email', receivedAt: '2026-11-09T17:00:00Z', text: 'My bag arrived broken, the box was crushed', sku: 'BAG-1' },
  C: { channel: 'portal', receivedAt: '2026-11-13T16:00:00Z', text: 'The bag arrived with a torn strap, it broke', sku: 'BAG-1' },
  D: { channel: 'chat', receivedAt: '2026-11-14T12:00:00Z', text: 'Does this bag come in blue? Thinking of buying one', sku: 'BAG-2' },
  E: { channel: 'portal', receivedAt: '2026-11-11T09:00:00Z', text: 'The zip broke after one day of normal use', sku: 'BAG-2' },
  F: { channel: 'email', receivedAt: '2026-10-20T09:00:00Z', text: 'The strap was missing from my bag', sku: 'BAG-1' },
} as const;

// Hand-computed hours from receipt (calendar / business).
const HAND: Record<string, Record<'firstResponse' | 'decision' | 'resolution', [number, number] | null>> = {
  // Mon 09→11: 2 / 2. Mon 09 → Tue 10: 25 / (9 Mon + 1 Tue) 10.
  A: { firstResponse: [2, 2], decision: [25, 10], resolution: [25, 10] },
  // Mon 17 → Tue 10: 17 / (1 + 1) 2. Mon 17 → Wed 12: 43 / (1 + 9 + 3) 13.
  B: { firstResponse: [17, 2], decision: [43, 13], resolution: [43, 13] },
  // Fri 16 → 17: 1 / 1. Fri 16 → Mon 10: 66 / (2 + 1) 3. Fri 16 → Mon 15: 71 / (2 + 6) 8.
  C: { firstResponse: [1, 1], decision: [66, 3], resolution: [71, 8] },
  // Sat 12 → 13: 1 / 0 (a Saturday).
  D: { firstResponse: [1, 0], decision: null, resolution: null },
  // Wed 09 → 11:30: 2.5 / 2.5.
  E: { firstResponse: [2.5, 2.5], decision: null, resolution: null },
  // Tue 09 → Thu 09: 48 / (9 + 9 + 0) 18.
  F: { firstResponse: [1, 1], decision: [48, 18], resolution: [48, 18] },
};

/**
 * Report medians and p90s are read from histograms with buckets 10% wide: the value at rank
 * ⌈p·n⌉ (the nearest-rank percentile), within 10%. Hand-computed nearest-rank values for W46 (A–E):
 *   first response  calendar [1, 1, 2, 2.5, 17] → median 2, p90 17;  business [0, 1, 2, 2, 2.5] → 2, 2.5
 *   decision        calendar [25, 43, 66]  → median 43, p90 66;  business [3, 10, 13]  → 10, 13
 *   resolution      calendar [25, 43, 71]  → median 43, p90 71;  business [8, 10, 13]  → 10, 13
 * Channel email (A, B): first response calendar [2, 17] → 2, 17; resolution business [10, 13] → 10, 13.
 */
function near(got: number | null, want: number) {
  expect(got).not.toBeNull();
  // Bucket 0 holds under a minute: a zero reads as up to one minute.
  expect(Math.abs(got! - want), `${got} against ${want}`).toBeLessThanOrEqual(Math.max(0.1 * want, 1 / 60));
}
function stage(s: StageTimes, count: number, hours: [number, number], business: [number, number]) {
  expect(s.count).toBe(count);
  near(s.hours.median, hours[0]);
  near(s.hours.p90, hours[1]);
  near(s.businessHours.median, business[0]);
  near(s.businessHours.p90, business[1]);
}

let t: Awaited<ReturnType<typeof buildTestApp>>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-12-01T12:00:00Z' });
  const ctx = t.ctx;
  await ensureSlaZone(ctx.db, 'UTC');
  const stored = await ingestSignals(
    ctx,
    Object.entries(WO).map(([k, w]) =>
      buildSignal({ externalId: `wo-${k}`, channel: w.channel, receivedAt: w.receivedAt, text: w.text, sku: w.sku }),
    ),
    { actor: 'test', source: 'test' },
  );
  for (const [i, k] of Object.keys(WO).entries()) ids[k] = stored[i]!.id;
  const reply = (k: string, at: string) =>
    recordReply(ctx, ids[k]!, {
      text: 'Thank you, we are looking into this today.',
      author: 'agent',
      public: false,
      byAutomation: false,
      at,
    });
  const resolve = (k: string, at: string) => updateSignals(ctx, [ids[k]!], { status: 'resolved', actor: 'agent', at: new Date(at) });
  await reply('A', '2026-11-09T11:00:00Z');
  await resolve('A', '2026-11-10T10:00:00Z');
  await reply('B', '2026-11-10T10:00:00Z');
  await resolve('B', '2026-11-11T12:00:00Z');
  await reply('C', '2026-11-13T17:00:00Z');
  // A step recorded after the reply does not move C's first response; E's is the step alone.
  await storeWorkSteps(ctx.db, [{ signalId: ids.C!, step: 'first_response', at: new Date('2026-11-13T17:30:00Z'), source: 'portal' }]);
  await storeWorkSteps(ctx.db, [{ signalId: ids.E!, step: 'first_response', at: new Date('2026-11-11T11:30:00Z'), source: 'portal' }]);
  await storeWorkSteps(ctx.db, [{ signalId: ids.C!, step: 'decision', at: new Date('2026-11-16T10:00:00Z'), source: 'portal' }]);
  // A later decision does not move the first one.
  await storeWorkSteps(ctx.db, [{ signalId: ids.C!, step: 'decision', at: new Date('2026-11-17T10:00:00Z'), source: 'portal' }]);
  await resolve('C', '2026-11-16T15:00:00Z');
  await reply('D', '2026-11-14T13:00:00Z');
  await reply('F', '2026-10-20T10:00:00Z');
  await resolve('F', '2026-10-22T09:00:00Z');
  // CSAT: two answers in W46 (5 and 2), one more in November (4, on the portal), one in October.
  await storeSatisfaction(ctx.db, [
    { signalId: ids.A!, score: 5, at: new Date('2026-11-10T11:00:00Z'), source: 'test' },
    { signalId: ids.B!, score: 2, at: new Date('2026-11-11T13:00:00Z'), source: 'test' },
    { signalId: ids.C!, score: 4, at: new Date('2026-11-16T16:00:00Z'), source: 'portal' },
    { signalId: ids.F!, score: 1, at: new Date('2026-10-23T09:00:00Z'), source: 'test' },
  ]);
  // Orders of BAG-1: 8 in November, 4 in October.
  await upsertOrders(
    ctx,
    [
      ...Array.from({ length: 8 }, (_, i) => buildOrder({ orderId: `nov-${i}`, orderedAt: `2026-11-0${i + 1}T10:00:00Z` })),
      ...Array.from({ length: 4 }, (_, i) => buildOrder({ orderId: `oct-${i}`, orderedAt: `2026-10-1${i}T10:00:00Z` })),
    ],
    { actor: 'test', source: 'test' },
  );
});
afterAll(async () => {
  await t?.close();
});

describe('processing time per work order', () => {
  it('gives each step in calendar and business hours, as computed by hand', async () => {
    for (const [k, hand] of Object.entries(HAND)) {
      const r = await t.call('GET', `/api/reports/work-orders/${ids[k]}`);
      expect(r.status, k).toBe(200);
      const w = r.body as WorkOrderTimes;
      expect(w.channel).toBe(WO[k as keyof typeof WO].channel);
      expect(w.receivedAt).toBe(new Date(WO[k as keyof typeof WO].receivedAt).toISOString());
      for (const s of ['firstResponse', 'decision', 'resolution'] as const) {
        const h = hand[s];
        expect([w[s].hours, w[s].businessHours], `${k} ${s}`).toEqual(h ?? [null, null]);
      }
    }
    expect((await t.call('GET', '/api/reports/work-orders/999999')).status).toBe(404);
  });

  it('keeps the rollup equal to a recount', async () => {
    await drainSlaChanges(t.ctx.db);
    await ensureSlaZone(t.ctx.db, 'America/New_York');
    for (const zone of ['UTC', 'America/New_York'])
      expect(await storedProcessingRollup(t.ctx.db, zone)).toEqual(await recountedProcessingRollup(t.ctx.db, zone));
  });
});

describe('processing time in the reports', () => {
  it('shows the weekly median and p90 by issue type and channel, the portal share and CSAT', async () => {
    const r = await t.call('GET', '/api/reports/weekly?week=2026-W46&tz=UTC&fresh=1');
    expect(r.status).toBe(200);
    const p = (r.body as WeeklyReport).processing!;
    expect(p.workOrders).toBe(5);
    stage(p.all.firstResponse, 5, [2, 17], [2, 2.5]);
    stage(p.all.decision, 3, [43, 66], [10, 13]);
    stage(p.all.resolution, 3, [43, 71], [10, 13]);
    const email = p.byChannel.find((l: ProcessingLine) => l.group === 'email')!;
    expect(email.workOrders).toBe(2);
    stage(email.firstResponse, 2, [2, 17], [2, 2]);
    stage(email.resolution, 2, [25, 43], [10, 13]);
    const portal = p.byChannel.find((l) => l.group === 'portal')!;
    expect(portal.workOrders).toBe(2);
    stage(portal.resolution, 1, [71, 71], [8, 8]);
    // Triage reads A as missing_item, B as damaged_in_transit, C as both damaged_in_transit and
    // defect (it counts under each), E as defect, D as nothing.
    expect(p.byIssueType.map((l) => [l.group, l.workOrders])).toEqual([
      ['damaged_in_transit', 2],
      ['defect', 2],
      ['missing_item', 1],
      ['unclassified', 1],
    ]);
    // damaged_in_transit (B, C): resolution calendar [43, 71] → 43, 71; business [13, 8] → 8, 13.
    stage(p.byIssueType[0]!.resolution, 2, [43, 71], [8, 13]);
    // Complaints: A, B, C, E (D is a pre-sale question); the portal filed C and E.
    expect([p.complaints, p.portalComplaints, p.portalShare]).toEqual([4, 2, 0.5]);
    expect(p.months.map((m) => [m.month, m.workOrders])).toEqual([
      ['2026-09', 0],
      ['2026-10', 1],
      ['2026-11', 5],
    ]);
    expect((r.body as WeeklyReport).satisfaction).toEqual({ answers: 2, average: 3.5, satisfied: 1, csat: 0.5 });
  });

  it('shows the monthly review with the month-over-month change and complaints per 100 orders', async () => {
    const r = await t.call('GET', '/api/reports/monthly?month=2026-11&tz=UTC');
    expect(r.status).toBe(200);
    const m = r.body as MonthlyReview;
    const [oct, nov] = m.processing.months.slice(-2);
    // October: F alone, resolved in 18 business hours; November: [8, 10, 13] → 10. Change −44.4%.
    near(oct!.resolution.businessHours.median, 18);
    near(nov!.resolution.businessHours.median, 10);
    expect(nov!.resolutionMedianChangePct).toBeGreaterThan(-50);
    expect(nov!.resolutionMedianChangePct).toBeLessThan(-38);
    expect(m.satisfaction).toEqual({ answers: 3, average: 3.67, satisfied: 2, csat: 0.667 });
    // BAG-1: A, B, C over 8 November orders = 37.5; F over 4 October orders = 25.
    const bag = m.complaintsPer100Orders.find((x) => x.sku === 'BAG-1')!;
    expect(bag).toMatchObject({
      complaints: 3,
      orders: 8,
      per100Orders: 37.5,
      previousComplaints: 1,
      previousOrders: 4,
      previousPer100Orders: 25,
    });
  });

  it('puts the same figures in every download', async () => {
    const raw = async (path: string) => (await t.app.request(path)).text();
    const md = await raw('/api/reports/weekly?week=2026-W46&tz=UTC&fresh=1&format=md');
    expect(md).toContain('## Processing time');
    expect(md).toContain('5 work orders; 4 complaints, 2 through the portal (50%)');
    expect(md).toContain('CSAT 50%: 1 of 2 answers were 4 or 5');
    const html = await raw('/api/reports/weekly?week=2026-W46&tz=UTC&fresh=1&format=html');
    expect(html).toContain('<h3>Processing time by channel</h3>');
    expect(html).toMatch(/<td>email<\/td><td>2<\/td>/);
    const csv = await raw('/api/reports/weekly?week=2026-W46&tz=UTC&fresh=1&format=csv');
    expect(csv).toContain('portal_share,,,,complaints,2,4,,0.5');
    expect(csv).toMatch(/processing_channel,,,,email resolution,2,,,median_h=[\d.]+;p90_h=[\d.]+;median_business_h=[\d.]+/);
    expect(csv).toContain('csat,,,,satisfied_of_answers,1,2,,csat=0.5;average=3.5');
    const mmd = await raw('/api/reports/monthly?month=2026-11&tz=UTC&format=md');
    expect(mmd).toContain('### Complaints per 100 orders');
    expect(mmd).toMatch(/\| BAG\\-1 \| [^|]* \| 3 \| 8 \| 37\.5 \| 1 \| 4 \| 25 \|/);
    expect(mmd).toContain('### Processing time month over month');
    const mcsv = await raw('/api/reports/monthly?month=2026-11&tz=UTC&format=csv');
    expect(mcsv).toContain('complaints_per_100_orders,BAG-1,,3,,,,8,4,per_100=37.5;previous_complaints=1;previous_per_100=25');
    expect(await raw('/api/reports/monthly?month=2026-11&tz=UTC&format=html')).toContain('<h3>Complaints per 100 orders</h3>');
  });

  it('counts a complaint worked on the portal: its thread, steps and satisfaction answer', async () => {
    const from = { incoming: { socket: { remoteAddress: '198.51.100.7' } } };
    const portal = async (path: string, init: RequestInit) => {
      const res = await t.app.request(path, init, from);
      return { status: res.status, body: await res.json() };
    };
    const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const order = buildOrder({ orderId: 'portal-1', customerEmail: 'rui@example.com', orderedAt: '2026-11-20T10:00:00Z' });
    expect((await t.call('POST', '/api/orders', order)).status).toBe(201);
    // Tue 1 December 10:00 filed; 12:00 a staff message; Wed 10:00 decided; Thu 10:00 closed; Thu 12:00 rated 5.
    t.clock.set('2026-12-01T10:00:00Z');
    const form = new FormData();
    for (const [k, v] of Object.entries({
      orderNumber: 'portal-1',
      email: 'rui@example.com',
      items: 'BAG-1',
      problem: 'late_or_lost',
      text: 'It never came.',
      wants: 'refund',
      language: 'en',
    }))
      form.append(k, v);
    const filed = await portal('/portal/api/complaints', { method: 'POST', body: form });
    expect(filed.status).toBe(201);
    const ref = filed.body.reference as string;
    t.clock.set('2026-12-01T12:00:00Z');
    expect((await t.call('POST', `/api/portal/complaints/${ref}/messages`, { text: 'The carrier is looking for it.' })).status).toBe(201);
    t.clock.set('2026-12-02T10:00:00Z');
    expect((await t.call('POST', `/api/portal/complaints/${ref}/steps`, { step: 'decided' })).status).toBe(201);
    t.clock.set('2026-12-03T10:00:00Z');
    expect((await t.call('POST', `/api/portal/complaints/${ref}/steps`, { step: 'closed' })).status).toBe(201);
    t.clock.set('2026-12-03T12:00:00Z');
    const token = (filed.body.statusUrl as string).split('/').pop()!;
    expect((await portal(`/portal/api/status/${token}/satisfaction`, json({ score: 5 }))).status).toBe(201);

    const signalId = (await t.call('GET', `/api/portal/complaints/${ref}`)).body.signalId as number;
    const w = (await t.call('GET', `/api/reports/work-orders/${signalId}`)).body as WorkOrderTimes;
    expect(w.channel).toBe('portal');
    // By hand: 2 h (business 2); Tue 10 → Wed 10: 24 h (8 + 1 = 9); Tue 10 → Thu 10: 48 h (8 + 9 + 1 = 18).
    expect([w.firstResponse.hours, w.firstResponse.businessHours]).toEqual([2, 2]);
    expect([w.decision.hours, w.decision.businessHours]).toEqual([24, 9]);
    expect([w.resolution.hours, w.resolution.businessHours]).toEqual([48, 18]);
    const sla = (await t.call('GET', '/api/sla/figures?from=2026-12-01&to=2026-12-02')).body;
    expect(sla.csat).toEqual({ count: 1, average: 5, satisfied: 1, rate: 1 });
  });

  it('counts the satisfaction answers in the SLA figures', async () => {
    const r = await t.call('GET', '/api/sla/figures?from=2026-11-09&to=2026-11-16');
    expect(r.status).toBe(200);
    expect(r.body.csat).toEqual({ count: 3, average: 11 / 3, satisfied: 2, rate: 2 / 3 });
  });
});
