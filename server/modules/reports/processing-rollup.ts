import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { addIsoDays, dayIn } from '../../lib/time/index.js';
import { SLA_BUCKETS, histogramQuantile, minuteBucket } from './rollup-histogram.js';
import { appliedSlasSubquery } from '../sla/index.js';
import { STAGES, computeWorkOrderFacts, workOrderFactsPage, type Stage, type WorkOrderFacts } from './work-order-facts.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The processing-time rollup: rows per zone, local ISO week or month (by the day a work order was
 * received) and group (dim 'all', 'issue_type', 'channel'; 'sku' for months), each with counts
 * and, except for SKU rows, six minute histograms (first response, decision, resolution; calendar
 * then business), kept from the work orders' facts by the same drain as the SLA rollup. A work
 * order with two issue types counts in both type rows.
 */
export type Dim = 'all' | 'issue_type' | 'channel' | 'sku';
export type Period = 'week' | 'month';
const HIST = 6 * SLA_BUCKETS;

interface Row {
  zone: string;
  period: Period;
  start: string;
  dim: Dim;
  key: string;
  workOrders: number;
  complaints: number;
  portalComplaints: number;
  hist: number[];
}

const slot = (clock: 0 | 1, stage: Stage) => (clock * 3 + STAGES.indexOf(stage)) * SLA_BUCKETS;

function groupsOf(f: WorkOrderFacts, period: Period): [Dim, string][] {
  const types = f.issueTypes.length ? f.issueTypes : ['unclassified'];
  const out: [Dim, string][] = [['all', ''], ['channel', f.channel], ...types.map((t): [Dim, string] => ['issue_type', t])];
  if (f.sku && period === 'month') out.push(['sku', f.sku]);
  return out;
}

/** The Monday of a local day's ISO week, and the first of its month. */
function startsOf(day: string): [Period, string][] {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return [
    ['week', addIsoDays(day, -weekday)],
    ['month', `${day.slice(0, 7)}-01`],
  ];
}

/** Adds (sign 1) or takes out (sign -1) work orders' facts into week and month rows per zone. */
export function accumulateProcessing(rows: Map<string, Row>, zones: readonly string[], facts: readonly WorkOrderFacts[], sign: 1 | -1) {
  for (const f of facts) {
    for (const zone of zones) {
      for (const [period, start] of startsOf(dayIn(zone, f.receivedAt)))
        for (const [dim, key] of groupsOf(f, period)) {
          const k = `${zone}\u0000${period}\u0000${start}\u0000${dim}\u0000${key}`;
          let r = rows.get(k);
          if (!r) {
            r = {
              zone,
              period,
              start,
              dim,
              key,
              workOrders: 0,
              complaints: 0,
              portalComplaints: 0,
              hist: dim === 'sku' ? [] : new Array(HIST).fill(0),
            };
            rows.set(k, r);
          }
          r.workOrders += sign;
          if (f.complaint) r.complaints += sign;
          if (f.complaint && f.channel === 'portal') r.portalComplaints += sign;
          if (dim === 'sku') continue;
          for (const s of STAGES) {
            const cal = minuteBucket(f.hours[s] === null ? null : f.hours[s]! * 60);
            const biz = minuteBucket(f.businessHours[s] === null ? null : f.businessHours[s]! * 60);
            if (cal !== null) r.hist[slot(0, s) + cal]! += sign;
            if (biz !== null) r.hist[slot(1, s) + biz]! += sign;
          }
        }
    }
  }
}

const isEmpty = (r: Row) => r.workOrders === 0 && r.complaints === 0 && r.portalComplaints === 0 && r.hist.every((x) => x === 0);

export async function addToProcessingRollup(db: Db, rows: Map<string, Row>): Promise<void> {
  const sortKey = (r: Row) => `${r.zone}\u0000${r.period}\u0000${r.start}\u0000${r.dim}\u0000${r.key}`;
  const list = [...rows.values()].filter((r) => !isEmpty(r)).sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  for (let i = 0; i < list.length; i += 2000) {
    const part = list.slice(i, i + 2000);
    const c = <T>(f: (r: Row) => T) => part.map(f);
    await sql`
      INSERT INTO report_rollup_processing AS t (zone, period, start, dim, key, work_orders, complaints, portal_complaints, hist)
      SELECT zone, period, start, dim, key, n, c, p, h::int[]
      FROM unnest(${c((r) => r.zone)}::text[], ${c((r) => r.period)}::text[], ${c((r) => r.start)}::date[], ${c((r) => r.dim)}::text[],
        ${c((r) => r.key)}::text[], ${c((r) => r.workOrders)}::int[], ${c((r) => r.complaints)}::int[], ${c((r) => r.portalComplaints)}::int[],
        ${c((r) => `{${r.hist.join(',')}}`)}::text[]) AS d(zone, period, start, dim, key, n, c, p, h)
      ON CONFLICT (zone, period, start, dim, key) DO UPDATE SET work_orders = t.work_orders + EXCLUDED.work_orders,
        complaints = t.complaints + EXCLUDED.complaints, portal_complaints = t.portal_complaints + EXCLUDED.portal_complaints,
        hist = ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(t.hist, EXCLUDED.hist) WITH ORDINALITY AS u(a, b, i) ORDER BY i)`.execute(
      db,
    );
  }
}

/** Fills a newly kept zone from every counted work order, a page at a time. */
export async function fillProcessingZone(db: Db, zone: string): Promise<void> {
  const PAGE = 20_000;
  for (let after = 0; ; ) {
    const page = await workOrderFactsPage(db, after, PAGE);
    if (page.length === 0) return;
    const rows = new Map<string, Row>();
    accumulateProcessing(rows, [zone], page, 1);
    await addToProcessingRollup(db, rows);
    after = page[page.length - 1]!.signalId;
    if (page.length < PAGE) return;
  }
}

/** Summed counts and histograms of one group over a span of days. */
export interface GroupTotals {
  dim: Dim;
  key: string;
  workOrders: number;
  complaints: number;
  portalComplaints: number;
  hist: number[];
}

const sumInto = (g: GroupTotals, r: { work_orders: number; complaints: number; portal_complaints: number; hist: number[] }) => {
  g.workOrders += r.work_orders;
  g.complaints += r.complaints;
  g.portalComplaints += r.portal_complaints;
  for (let i = 0; i < r.hist.length; i++) if (r.hist[i]) g.hist[i]! += Number(r.hist[i]);
};

/** The groups of `dims` in one local ISO week (its Monday) or month (its first day): one row each. */
export async function processingTotals(db: Db, zone: string, period: Period, start: string, dims: readonly Dim[]): Promise<GroupTotals[]> {
  const rows = await db
    .selectFrom('report_rollup_processing')
    .select(['dim', 'key', 'work_orders', 'complaints', 'portal_complaints', 'hist'])
    .where('zone', '=', zone)
    .where('period', '=', period)
    .where('start', '=', start)
    .where('dim', 'in', [...dims])
    .execute();
  return rows.map((r) => {
    const g: GroupTotals = {
      dim: r.dim as Dim,
      key: r.key,
      workOrders: 0,
      complaints: 0,
      portalComplaints: 0,
      hist: new Array(HIST).fill(0),
    };
    sumInto(g, r);
    return g;
  });
}

/** The 'all' group of the months whose first days are in [firstMonth, lastMonth], by month (YYYY-MM). */
export async function processingByMonth(db: Db, zone: string, firstMonth: string, lastMonth: string): Promise<Map<string, GroupTotals>> {
  const rows = await db
    .selectFrom('report_rollup_processing')
    .select([sql<string>`to_char(start, 'YYYY-MM')`.as('month'), 'work_orders', 'complaints', 'portal_complaints', 'hist'])
    .where('zone', '=', zone)
    .where('period', '=', 'month')
    .where('start', '>=', `${firstMonth}-01`)
    .where('start', '<=', `${lastMonth}-01`)
    .where('dim', '=', 'all')
    .execute();
  const out = new Map<string, GroupTotals>();
  for (const r of rows) {
    const g: GroupTotals = { dim: 'all', key: r.month, workOrders: 0, complaints: 0, portalComplaints: 0, hist: new Array(HIST).fill(0) };
    sumInto(g, r);
    out.set(r.month, g);
  }
  return out;
}

/** Count, median and p90 (hours) of one stage on one clock, read from a group's histograms. */
export function stageQuantiles(
  hist: readonly number[],
  clock: 0 | 1,
  stage: Stage,
): { count: number; median: number | null; p90: number | null } {
  const h = hist.slice(slot(clock, stage), slot(clock, stage) + SLA_BUCKETS);
  // Under a minute is bucket 0, read as up to a minute: it is nearly always a zero (a reply before opening time in business hours).
  const hours = (m: number | null) => (m === null ? null : m < 1 ? 0 : Math.round((m / 60) * 100) / 100);
  return { count: h.reduce((s, x) => s + x, 0), median: hours(histogramQuantile(h, 0.5)), p90: hours(histogramQuantile(h, 0.9)) };
}

/** The stored rows of a zone (all-zero rows left out), as sorted lines: for tests and checks. */
export async function storedProcessingRollup(db: Db, zone: string): Promise<string[]> {
  const rows = await db
    .selectFrom('report_rollup_processing')
    .select(['period', sql<string>`start::text`.as('start'), 'dim', 'key', 'work_orders', 'complaints', 'portal_complaints', 'hist'])
    .where('zone', '=', zone)
    .execute();
  return rows
    .map(
      (r): Row => ({
        zone,
        period: r.period,
        start: r.start,
        dim: r.dim as Dim,
        key: r.key,
        workOrders: r.work_orders,
        complaints: r.complaints,
        portalComplaints: r.portal_complaints,
        hist: r.hist.map(Number),
      }),
    )
    .filter((r) => !isEmpty(r))
    .map((r) => JSON.stringify({ ...r, hist: r.hist.join(',') }))
    .sort();
}

/** The same rows recomputed from the source tables (every work order's facts now): for tests and checks. */
export async function recountedProcessingRollup(db: Db, zone: string): Promise<string[]> {
  const ids = (await db.selectFrom(appliedSlasSubquery().as('a')).select('a.signal_id').execute()).map((r) => Number(r.signal_id));
  const rows = new Map<string, Row>();
  accumulateProcessing(rows, [zone], await computeWorkOrderFacts(db, ids), 1);
  return [...rows.values()]
    .filter((r) => !isEmpty(r))
    .map((r) => JSON.stringify({ ...r, hist: r.hist.join(',') }))
    .sort();
}
