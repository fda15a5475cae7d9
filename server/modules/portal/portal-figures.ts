import { PROBLEMS, type PortalFigures, type PortalProcessing, type PortalStageFigure } from '../../../contracts/portal.js';
import type { AppContext } from '../../platform/http/context.js';
import { businessMinutesBetween, loadSlaPolicy, percentile, type BusinessCalendar } from '../sla/index.js';
import { portalCounts, workOrderTimes, type WorkOrderTimes } from './complaint-repository.js';

const HOUR_MIN = 60;
const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

function stage(orders: WorkOrderTimes[], at: (w: WorkOrderTimes) => Date | null, calendar: BusinessCalendar): PortalStageFigure {
  const reached = orders.filter((w) => at(w) !== null);
  const calendarHours = reached.map((w) => (at(w)!.getTime() - w.receivedAt.getTime()) / 3_600_000).sort((a, b) => a - b);
  const businessHours = reached.map((w) => businessMinutesBetween(w.receivedAt, at(w)!, calendar) / HOUR_MIN).sort((a, b) => a - b);
  return {
    count: reached.length,
    calendarHours: { median: round(percentile(calendarHours, 0.5)), p90: round(percentile(calendarHours, 0.9)) },
    businessHours: { median: round(percentile(businessHours, 0.5)), p90: round(percentile(businessHours, 0.9)) },
  };
}

function processing(issueType: string, orders: WorkOrderTimes[], calendar: BusinessCalendar): PortalProcessing {
  return {
    issueType,
    workOrders: orders.length,
    firstResponse: stage(orders, (w) => w.firstResponseAt, calendar),
    decision: stage(orders, (w) => w.decidedAt, calendar),
    resolution: stage(orders, (w) => w.resolvedAt, calendar),
  };
}

/**
 * Complaints filed through the portal in [from, to): their processing time from receipt to first
 * response, decision and resolution (median and 90th percentile, calendar hours and the SLA
 * policy's business hours), and the CSAT of the satisfaction answers given in the window.
 */
export async function portalFigures(ctx: Pick<AppContext, 'db'>, from: Date, to: Date): Promise<PortalFigures> {
  const [n, orders, policy] = await Promise.all([portalCounts(ctx.db, from, to), workOrderTimes(ctx.db, from, to), loadSlaPolicy(ctx.db)]);
  const typeOf = new Map<string, string>(PROBLEMS.map((p) => [p.id, p.issueType]));
  const byType = new Map<string, WorkOrderTimes[]>();
  for (const w of orders) {
    const t = typeOf.get(w.problem) ?? w.problem;
    (byType.get(t) ?? byType.set(t, []).get(t)!).push(w);
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    complaints: n.complaints,
    closed: n.closed,
    processing: [
      processing('all', orders, policy.calendar),
      ...[...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, list]) => processing(t, list, policy.calendar)),
    ],
    satisfaction: {
      answers: n.answers,
      average: n.answers ? Math.round((n.scoreSum / n.answers) * 100) / 100 : null,
      csat: n.answers ? Math.round((n.satisfied / n.answers) * 1000) / 1000 : null,
    },
  } satisfies PortalFigures;
}
