import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ProcessingLine, ProcessingMonth, ProcessingSection, SatisfactionSection, StageTimes } from '../../../contracts/reports.js';
import { satisfactionBetween } from '../sla/index.js';
import { shiftMonth } from './periods.js';
import { processingByMonth, processingTotals, stageQuantiles, type GroupTotals, type Period } from './processing-rollup.js';
import type { Stage } from './work-order-facts.js';

type Db = Kysely<DB> | Transaction<DB>;

function stage(hist: readonly number[], s: Stage): StageTimes {
  const cal = stageQuantiles(hist, 0, s);
  const biz = stageQuantiles(hist, 1, s);
  return { count: cal.count, hours: { median: cal.median, p90: cal.p90 }, businessHours: { median: biz.median, p90: biz.p90 } };
}

function line(g: GroupTotals, group: string): ProcessingLine {
  return {
    group,
    workOrders: g.workOrders,
    firstResponse: stage(g.hist, 'firstResponse'),
    decision: stage(g.hist, 'decision'),
    resolution: stage(g.hist, 'resolution'),
  };
}

const empty = (key: string): GroupTotals => ({ dim: 'all', key, workOrders: 0, complaints: 0, portalComplaints: 0, hist: [] });
const byVolume = (a: ProcessingLine, b: ProcessingLine) => b.workOrders - a.workOrders || a.group.localeCompare(b.group);

/**
 * Processing time of the work orders received in a local ISO week or month (from `firstDay`) in `zone`, by
 * issue type and channel, the portal's share of complaints, and the month-over-month line: the
 * month of `lastDay` and the `monthsBefore` months before it. Read from the processing rollup
 * (the caller drains the queue first), so the cost follows days and groups, not work orders.
 */
export async function processingSection(
  db: Db,
  zone: string,
  period: { period: Period; firstDay: string; lastDay: string; monthsBefore: number },
): Promise<ProcessingSection> {
  const groups = await processingTotals(db, zone, period.period, period.firstDay, ['all', 'issue_type', 'channel']);
  const all = groups.find((g) => g.dim === 'all') ?? empty('');
  const lastMonth = period.lastDay.slice(0, 7);
  const perMonth = await processingByMonth(db, zone, shiftMonth(lastMonth, -period.monthsBefore), lastMonth);
  const months: ProcessingMonth[] = [];
  for (let i = period.monthsBefore; i >= 0; i--) {
    const month = shiftMonth(lastMonth, -i);
    const g = perMonth.get(month) ?? empty(month);
    const resolution = stage(g.hist, 'resolution');
    const prev = months[months.length - 1]?.resolution.businessHours.median ?? null;
    const cur = resolution.businessHours.median;
    months.push({
      month,
      workOrders: g.workOrders,
      firstResponse: stage(g.hist, 'firstResponse'),
      resolution,
      resolutionMedianChangePct: prev === null || cur === null || prev === 0 ? null : Math.round(((cur - prev) / prev) * 1000) / 10,
    });
  }
  return {
    workOrders: all.workOrders,
    complaints: all.complaints,
    portalComplaints: all.portalComplaints,
    portalShare: all.complaints === 0 ? null : Math.round((all.portalComplaints / all.complaints) * 1000) / 1000,
    all: line(all, 'all'),
    byIssueType: groups
      .filter((g) => g.dim === 'issue_type')
      .map((g) => line(g, g.key))
      .sort(byVolume),
    byChannel: groups
      .filter((g) => g.dim === 'channel')
      .map((g) => line(g, g.key))
      .sort(byVolume),
    months,
  };
}

/** CSAT of the satisfaction answers given in [from, to). */
export async function satisfactionSection(db: Db, from: Date, to: Date): Promise<SatisfactionSection> {
  const s = await satisfactionBetween(db, from, to);
  return {
    answers: s.answers,
    average: s.answers ? Math.round((s.scoreSum / s.answers) * 100) / 100 : null,
    satisfied: s.satisfied,
    csat: s.answers ? Math.round((s.satisfied / s.answers) * 1000) / 1000 : null,
  };
}
