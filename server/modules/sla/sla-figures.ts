import type { Distribution, DurationFigures, RateFigure, SlaFigures } from '../../../contracts/sla.js';
import type { AppliedSla } from './apply-sla.js';
import { businessMinutesBetween } from './business-time.js';
import { evaluateSla } from './evaluate-sla.js';
import { countingReplies, resolutionCycles, type SlaReply, type SlaStatusChange } from './sla-activity.js';

/**
 * The SLA figures DESIGN.md asks for, from applied SLAs and their activity. Times are given in
 * both calendar and business minutes because they answer different questions: what the
 * customer lived through, and how the team did in the hours it works.
 */

export interface SlaFigureItem {
  applied: AppliedSla;
  channel: string;
  replies: SlaReply[];
  statusChanges: SlaStatusChange[];
  /** The customer's survey score (any scale, e.g. 1–5), when one was given. */
  csat?: number | null;
}

export interface SlaFiguresOptions {
  /** Figures are as of this instant; later facts are ignored and open clocks judged against it. */
  now: Date;
  atRiskFraction?: number;
}

// The answer's type is the computed type: one definition, in contracts/.
export type { Distribution, DurationFigures, RateFigure, SlaFigures };

/** Linear interpolation between closest ranks (R type 7), the spreadsheet convention. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
}

function rate(count: number, total: number): RateFigure {
  return { count, total, rate: total === 0 ? null : count / total };
}

class Tally {
  private readonly counts = new Map<string, { count: number; total: number }>();
  add(key: string, hit: boolean): void {
    const c = this.counts.get(key) ?? { count: 0, total: 0 };
    c.total += 1;
    if (hit) c.count += 1;
    this.counts.set(key, c);
  }
  toRecord(): Record<string, RateFigure> {
    const keys = [...this.counts.keys()].sort();
    return Object.fromEntries(
      keys.map((k) => {
        const c = this.counts.get(k)!;
        return [k, rate(c.count, c.total)];
      }),
    );
  }
}

const minutesBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

export function slaFigures(items: readonly SlaFigureItem[], options: SlaFiguresOptions): SlaFigures {
  const { now } = options;
  const frCal: number[] = [],
    frBiz: number[] = [],
    resCal: number[] = [],
    resBiz: number[] = [];
  let resolved = 0,
    fcr = 0,
    everResolved = 0,
    reopened = 0,
    breached = 0;
  const byClass = new Tally();
  const byChannel = new Tally();
  const scores: number[] = [];

  for (const item of items) {
    const { applied } = item;
    const replies = countingReplies(applied, item.replies, now);
    const cycles = resolutionCycles(applied, item.statusChanges, now);
    const current = cycles[cycles.length - 1]!;

    if (replies[0]) {
      frCal.push(minutesBetween(applied.receivedAt, replies[0].at));
      frBiz.push(businessMinutesBetween(applied.receivedAt, replies[0].at, applied.calendar));
    }
    if (current.resolvedAt) {
      const resolvedAt = current.resolvedAt;
      resolved += 1;
      resCal.push(minutesBetween(applied.receivedAt, resolvedAt));
      resBiz.push(businessMinutesBetween(applied.receivedAt, resolvedAt, applied.calendar));
      const repliesBeforeResolution = replies.filter((r) => r.at <= resolvedAt).length;
      if (cycles.length === 1 && repliesBeforeResolution === 1) fcr += 1;
    }
    if (cycles[0]!.resolvedAt) {
      everResolved += 1;
      if (cycles.length > 1) reopened += 1;
    }

    const isBreached =
      evaluateSla(applied, {
        replies: item.replies,
        statusChanges: item.statusChanges,
        now,
        atRiskFraction: options.atRiskFraction,
      }).overall === 'breached';
    if (isBreached) breached += 1;
    byClass.add(applied.slaClass, isBreached);
    byChannel.add(item.channel, isBreached);

    if (typeof item.csat === 'number' && Number.isFinite(item.csat)) scores.push(item.csat);
  }

  return {
    signals: items.length,
    firstResponse: { calendarMinutes: distribution(frCal), businessMinutes: distribution(frBiz) },
    resolution: { calendarMinutes: distribution(resCal), businessMinutes: distribution(resBiz) },
    firstContactResolution: rate(fcr, resolved),
    reopen: rate(reopened, everResolved),
    breach: { overall: rate(breached, items.length), byClass: byClass.toRecord(), byChannel: byChannel.toRecord() },
    csat: {
      count: scores.length,
      average: scores.length === 0 ? null : scores.reduce((s, x) => s + x, 0) / scores.length,
      satisfied: scores.filter((x) => x >= 4).length,
      rate: scores.length === 0 ? null : scores.filter((x) => x >= 4).length / scores.length,
    },
  };
}
