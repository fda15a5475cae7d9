import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { emit, type EmittedEvent, type EventInput } from '../../../platform/events.js';

declare module '../../../platform/events.js' {
  interface EventPayloads {
    /** A spike episode opened on an issue, addressed to its owner team (notifications tell that team). */
    'issue.spike_flagged': {
      day: string;
      reason: string;
      ownerTeam: string | null;
      issueType: string;
      sku: string | null;
      [more: string]: unknown;
    };
  }
}
import type { IssueType } from '../../../../contracts/signal.js';
import { BATCH_RULE_TYPES, batchRule, DEFAULT_BASELINE_DAYS, DEFAULT_SPIKE_WINDOWS, presaleThresholdRule } from '../detect/index.js';
import { buildSeries, exposureByDay } from './build-series.js';
import { dailyOrderCells, type OrderCell } from '../../orders/index.js';
import { storeStart, typeCountsByBatch } from './exposure-repository.js';
import { batchBaseRate, guardedBatchFlag } from './batch-guard.js';
import type { Issue } from './issue.js';
import { issueDailyCounts, saveIssueSpike } from './issue-repository.js';
import { ruleSignals } from './issue-signal-repository.js';
import { addIsoDays as addDays, utcDayOf as dayOf } from '../../../lib/time/index.js';
import { applyFlags, daysFrom, EMPTY_SPIKE, type SpikeEpisode, spikeFlags } from './spike-history.js';

const RULE_LOOKBACK_DAYS = 90;
/**
 * The oldest day a pass tests: a new issue (or one untested for long) is tested over at most this
 * many past days, not from the store's first signal, so one signal dated 2000 cannot make every
 * issue walk a quarter century of days (it took a pass from 1.8 s to 64 s). A year and a month
 * covers any demo store and a seller's first import of a year's history.
 */
export const MAX_BACKFILL_DAYS = 400;
/** Days of series before the first day tested: the baseline, the widest window, and a margin. */
// A function, not a constant: module cycles (triage → reports → issues) may load this file first.
const leadDays = () => DEFAULT_BASELINE_DAYS + Math.max(...DEFAULT_SPIKE_WINDOWS) + 7;

type Flag = Omit<SpikeEpisode, 'lastAt'>;

function groupBy<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const t of items) (out.get(key(t)) ?? out.set(key(t), []).get(key(t))!).push(t);
  return out;
}

interface BatchContext {
  cells: OrderCell[] | null;
  typeCounts: { sku: string; issueType: string; batch: string | null; n: number }[];
}

function batchFlags(issue: Issue, mine: Awaited<ReturnType<typeof ruleSignals>>, now: Date, x: BatchContext): Flag[] {
  // A happy message that triage also tagged as a defect ("softer after the first wash") is not a
  // defect report; three of them in a big batch must not look like a production fault.
  const signals = mine.filter((s) => s.sentiment !== 'positive').map((s) => ({ ...s, issueType: s.issueType as IssueType }));
  if (!x.cells) {
    // No orders to judge the batch's size by: the bare rule, three reports in one batch.
    return batchRule(signals, { asOf: now, lookbackDays: RULE_LOOKBACK_DAYS }).map((f) => ({
      at: dayOf(f.flaggedAt),
      reason: 'batch_rule' as const,
      pValue: null,
      observed: f.count,
      expected: null,
      windowDays: null,
      exposureAdjusted: false,
    }));
  }
  const mineCells = x.cells.filter((c) => c.sku === issue.sku && c.batch === issue.batch);
  const baseRate = batchBaseRate(
    issue.sku,
    issue.batch,
    x.cells.map((c) => ({ sku: c.sku, batch: c.batch, n: c.orders })),
    x.typeCounts.filter((t) => t.issueType === issue.issueType),
  );
  const hit = guardedBatchFlag({
    signals,
    issueType: issue.issueType,
    baseRate,
    asOf: now,
    lookbackDays: RULE_LOOKBACK_DAYS,
    ordersUpTo: (t) => mineCells.filter((c) => c.day <= dayOf(t)).reduce((n, c) => n + c.orders, 0),
  });
  return hit
    ? [
        {
          at: dayOf(hit.at),
          reason: 'batch_rule',
          pValue: hit.pValue,
          observed: hit.count,
          expected: null,
          windowDays: null,
          exposureAdjusted: true,
        },
      ]
    : [];
}

function ruleFlags(issue: Issue, mine: Awaited<ReturnType<typeof ruleSignals>>, now: Date, x: BatchContext): Flag[] {
  const flags: Flag[] = [];
  if (issue.batch && BATCH_RULE_TYPES.includes(issue.issueType)) flags.push(...batchFlags(issue, mine, now, x));
  const presale = mine
    .filter((s) => s.stage === 'pre_sale')
    .map((s) => ({ id: s.id, theme: issue.key, stage: 'pre_sale' as const, receivedAt: s.receivedAt }));
  for (const f of presaleThresholdRule(presale)) {
    flags.push({
      at: dayOf(f.flaggedAt),
      reason: 'presale_threshold',
      pValue: null,
      observed: f.peakCount,
      expected: null,
      windowDays: 7,
      exposureAdjusted: false,
    });
  }
  return flags;
}

/**
 * Tests each issue's days not yet tested against its own baseline (exposure-adjusted where
 * orders are known), plus the batch and pre-sale rules, and records alarm episodes. A new
 * episode is an `issue.spike_flagged` event addressed to the owner team.
 */
export async function checkSpikes(
  db: Kysely<DB> | Transaction<DB>,
  issues: Issue[],
  now: Date,
  ownerOf: (i: Issue) => string | null,
): Promise<{ checked: number; flagged: number; changed: Set<number> }> {
  const changed = new Set<number>();
  const { start, hasOrders } = await storeStart(db);
  if (!start || issues.length === 0) return { checked: 0, flagged: 0, changed };
  const storeDay = dayOf(start);
  const today = dayOf(now);
  const yesterday = addDays(today, -1);
  const horizon = addDays(today, -MAX_BACKFILL_DAYS);
  const floorDay = storeDay > horizon ? storeDay : horizon;
  // A new issue starts at its first signal: no day before it holds a count that could flag.
  const firstDay = (i: Issue) => (i.firstSeenAt && dayOf(i.firstSeenAt) > floorDay ? dayOf(i.firstSeenAt) : floorDay);
  const firstTest = (i: Issue) =>
    i.spikeCheckedThrough ? (addDays(i.spikeCheckedThrough, 1) > floorDay ? addDays(i.spikeCheckedThrough, 1) : floorDay) : firstDay(i);
  // Days tested before that have received signals since (a late import, a moved signal) are
  // tested again; a flag is placed on the day it happened, and a known episode is not re-announced.
  const retest = (i: Issue) => i.spikeUntestedDays.filter((d) => d >= floorDay && d < firstTest(i));
  const earliest = issues.flatMap((i) => [firstTest(i), ...retest(i)]).reduce((m, d) => (d < m ? d : m), today);
  const seriesFrom = [storeDay, addDays(earliest, -leadDays())].reduce((m, d) => (d > m ? d : m));
  const seriesStart = new Date(`${seriesFrom}T00:00:00Z`);
  const counts = await issueDailyCounts(
    db,
    issues.map((i) => i.id),
    seriesStart,
    { complaintsOnly: true },
  );
  const ruleFrom = new Date(now.getTime() - RULE_LOOKBACK_DAYS * 86_400_000);
  const cellsFrom = ruleFrom < seriesStart ? ruleFrom : seriesStart;
  const cells = hasOrders ? await dailyOrderCells(db, cellsFrom) : null;
  const rules = await ruleSignals(
    db,
    issues.map((i) => i.id),
    ruleFrom,
  );
  const batchContext: BatchContext = { cells: cells?.bySku ?? null, typeCounts: hasOrders ? await typeCountsByBatch(db, ruleFrom) : [] };
  const countsBy = groupBy(counts, (c) => c.issueId);
  const rulesBy = groupBy(rules, (r) => r.issueId);
  const events: EventInput[] = [];
  for (const issue of issues) {
    const again = retest(issue);
    const days = [...again, ...daysFrom(firstTest(issue), today)];
    const own = new Map((countsBy.get(issue.id) ?? []).map((c) => [c.day, c.count]));
    const ownStart = [storeDay, addDays(days[0] ?? today, -leadDays())].reduce((m, d) => (d > m ? d : m));
    const series = buildSeries(ownStart, today, own, cells ? exposureByDay(issue, cells) : null);
    const flags = [...ruleFlags(issue, rulesBy.get(issue.id) ?? [], now, batchContext), ...spikeFlags(series, days)];
    const before = issue.spike ?? EMPTY_SPIKE;
    const { state, opened } = applyFlags(before, flags);
    const prior = issue.spikeCheckedThrough;
    await saveIssueSpike(db, issue.id, state, prior && prior > yesterday ? prior : yesterday, issue.spikeUntestedDays, now);
    if (state.lastFlaggedAt !== before.lastFlaggedAt) changed.add(issue.id);
    for (const e of opened) {
      events.push({
        type: 'issue.spike_flagged',
        actor: 'job',
        at: now,
        subjectType: 'issue',
        subjectId: issue.id,
        payload: {
          day: e.at,
          reason: e.reason,
          pValue: e.pValue,
          observed: e.observed,
          expected: e.expected,
          windowDays: e.windowDays,
          exposureAdjusted: e.exposureAdjusted,
          ownerTeam: ownerOf(issue),
          issueType: issue.issueType,
          sku: issue.sku,
          batch: issue.batch,
          route: issue.route,
          market: issue.market,
          key: issue.key,
        },
      });
    }
  }
  // Emitted, not only appended: notifications subscribe to tell the owner team.
  await emit(db, ...(events as unknown as EmittedEvent[]));
  return { checked: issues.length, flagged: events.length, changed };
}
