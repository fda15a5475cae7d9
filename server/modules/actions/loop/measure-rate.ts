import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { computeVerdict, windowCounts } from '../verdict/index.js';
import type { IssueFactsRow, StoredBaseline, StoredVerdict } from './action.js';
import { loadRateInputs } from './load-rate-inputs.js';

const DAY_MS = 86_400_000;

/**
 * Complaints trail orders: an order placed on the last day of the window has had no time to
 * complain by the review date. Counting each order's complaints for the same follow-up in both
 * windows removes that bias; the verdict waits until the follow-up of the last order is over.
 */
export const followUpDays = (windowDays: number) => windowDays;

/** The issue's rate over the window before `at`: the baseline recorded when an action is marked done. */
export async function measureBaseline(
  db: Kysely<DB> | Transaction<DB>,
  issue: IssueFactsRow,
  at: Date,
  windowDays: number,
  metric: string,
): Promise<StoredBaseline> {
  const from = new Date(at.getTime() - (windowDays + followUpDays(windowDays)) * DAY_MS);
  const inputs = await loadRateInputs(db, issue, from, at);
  const c = windowCounts({ changeAt: at, windowDays, ...inputs, followUpDays: followUpDays(windowDays) });
  const value = c.before.exposure > 0 ? c.before.events / c.before.exposure : 0;
  return { metric, value, takenAt: at.toISOString(), events: c.before.events, exposure: c.before.exposure, mode: c.mode, windowDays };
}

/**
 * The effect verdict for a change made at `changeAt`, or null while the last orders of the
 * after window are still within their follow-up (the counts are not final yet).
 */
export async function measureVerdict(
  db: Kysely<DB> | Transaction<DB>,
  issue: IssueFactsRow,
  changeAt: Date,
  windowDays: number,
  now: Date,
): Promise<StoredVerdict | null> {
  const follow = followUpDays(windowDays);
  const from = new Date(changeAt.getTime() - (windowDays + follow) * DAY_MS);
  const to = new Date(changeAt.getTime() + (windowDays + follow) * DAY_MS);
  if (now < to) return null;
  const inputs = await loadRateInputs(db, issue, from, to);
  const c = windowCounts({ changeAt, windowDays, ...inputs, followUpDays: follow });
  const v = computeVerdict({ before: c.before, after: c.after, mode: c.mode });
  const finite = (x: number | null) => (x === null || !Number.isFinite(x) ? null : x);
  return {
    result: v.result,
    rateBefore: v.rateBefore,
    rateAfter: v.rateAfter,
    ratio: finite(v.ratio),
    ciLow: finite(v.ciLow),
    ciHigh: finite(v.ciHigh),
    pValue: v.pValue,
    eventsBefore: v.eventsBefore,
    eventsAfter: v.eventsAfter,
    exposureBefore: v.exposureBefore,
    exposureAfter: v.exposureAfter,
    alpha: v.alpha,
    mode: v.mode,
    method: v.method,
    explanation: v.explanation,
    windowDays,
    changeAt: changeAt.toISOString(),
    computedAt: now.toISOString(),
  };
}
