import type { AppContext } from '../../platform/http/context.js';
import { maskPii } from '../../lib/pii.js';
import { ugcFigures, reusableAssets, grantsBetween } from '../ugc/index.js';
import { ensureZone } from './zone-repository.js';
import { twoWeekTotals, themeWeeklySeries, productFacts } from './rollup-read-repository.js';
import {
  openActionsWithIssue,
  actionsWithIssueDueForReview,
  actionsWithIssueDoneBetween,
  decisionsWithIssueBetween,
} from '../actions/index.js';
import { crossedReasons, crossedEvents } from './boundary-read-repository.js';
import { drainSlaChanges, ensureSlaZone, slaWeek } from './sla-rollup.js';
import { processingSection, satisfactionSection } from './processing-section.js';
import { addIsoDays as addDays } from '../../lib/time/index.js';
import { assertTimeZone, instantRange, isoWeekOf, parseIsoWeek } from './periods.js';
import { topThemes, conversionBlockers, afterSalesRisks, completion, RISK_LINES } from './weekly-sections.js';
import { buildCopyableLine } from './copyable-line.js';
import { change, type ActionLine, type AssetLine, type SlaSection, type VerdictLine, type WeeklyReport } from './weekly-report.js';

const TREND_WEEKS = 8;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const excerpt = (text: string) => {
  const m = maskPii(text).replace(/\s+/g, ' ').trim();
  return m.length > 200 ? `${m.slice(0, 199)}…` : m;
};

/**
 * The weekly voice-of-customer report for an ISO week in a time zone. Counts come from the
 * rollups; the loop's sections (actions, verdicts, assets) and the SLA read indexed tables
 * bounded by the week, so the cost follows themes and weeks, not the signals stored.
 */
export async function generateWeeklyReport(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  opts: { week: string; timeZone: string; timings?: Record<string, number> },
): Promise<WeeklyReport> {
  // Where the time goes, for the benchmark; free when nobody asks.
  let mark = performance.now();
  const lap = (name: string) => {
    if (opts.timings) {
      const now = performance.now();
      opts.timings[name] = (opts.timings[name] ?? 0) + now - mark;
      mark = now;
    }
  };
  const zone = assertTimeZone(opts.timeZone);
  const { week, firstDay, lastDay } = parseIsoWeek(opts.week);
  const { from, to } = instantRange(zone, firstDay, lastDay);
  await ensureZone(ctx.db, zone);
  lap('zone');
  const db = ctx.db;

  const both = await twoWeekTotals(db, zone, firstDay, RISK_LINES);
  const [cur, prev, chCur, chPrev, riskCur, riskPrev] = [
    both.themes.cur,
    both.themes.prev,
    both.channels.cur,
    both.channels.prev,
    both.risks.bySku.cur,
    both.risks.bySku.prev,
  ];
  lap('rollups');
  const skus = [...new Set([...cur.map((r) => r.sku), ...riskCur.map((r) => r.sku)].filter(Boolean))];
  const products = await productFacts(db, skus);
  const titles = new Map([...products].map(([sku, p]) => [sku, p.title]));

  const themes = topThemes(cur, prev, titles);
  const series = await themeWeeklySeries(db, zone, addDays(firstDay, -7 * (TREND_WEEKS - 1)), lastDay, themes);
  lap('products+trend');
  const mondays = Array.from({ length: TREND_WEEKS }, (_, i) => addDays(firstDay, -7 * (TREND_WEEKS - 1 - i)));
  const topThemesWithTrend = themes.map((t) => ({
    ...t,
    trend: mondays.map((m) => ({
      week: isoWeekOf(m),
      count: series.find((s) => s.monday === m && s.issueType === t.issueType && s.sku === t.sku)?.signals ?? 0,
    })),
  }));

  const sum = (rows: typeof chCur, f: (r: (typeof chCur)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const signals = sum(chCur, (r) => r.signals);
  const totals = {
    ...change(
      signals,
      sum(chPrev, (r) => r.signals),
    ),
    negative: sum(chCur, (r) => r.negative),
    negativeReviews: sum(chCur, (r) => r.negativeReviews),
    mustBeHuman: sum(chCur, (r) => r.mustBeHuman),
    preSale: sum(
      chCur.filter((r) => r.stage === 'pre_sale'),
      (r) => r.signals,
    ),
    postPurchase: sum(
      chCur.filter((r) => r.stage === 'post_purchase'),
      (r) => r.signals,
    ),
  };

  const handled = sum(chCur, (r) => r.automationHandled);
  const crossed = sum(chCur, (r) => r.automationCrossed);
  const automation = {
    handled,
    crossed,
    crossedRate: handled === 0 ? null : crossed / handled,
    mustBeHuman: totals.mustBeHuman,
    crossedEvents: await crossedEvents(db, from, to),
    reasons: await crossedReasons(db, from, to),
  };

  lap('automation');
  // Replies, resolutions and breaches since the last report are counted first (their cost follows the changes).
  await drainSlaChanges(db);
  await ensureSlaZone(db, zone);
  const s = await slaWeek(db, zone, firstDay, lastDay);
  const sla: SlaSection = {
    signals: s.signals,
    firstResponse: { count: s.responded, medianMinutes: round(s.frMedian), p90Minutes: round(s.frP90) },
    resolution: { count: s.resolved, medianMinutes: round(s.resMedian), p90Minutes: round(s.resP90) },
    firstContactResolution: { count: s.fcr, total: s.resolved, rate: s.resolved === 0 ? null : s.fcr / s.resolved },
    breach: { count: s.breached, total: s.signals, rate: s.signals === 0 ? null : s.breached / s.signals },
  };

  const processing = await processingSection(db, zone, { period: 'week', firstDay, lastDay, monthsBefore: 2 });
  const satisfaction = await satisfactionSection(db, from, to);
  lap('sla');
  const [open, due, done, decisions, assets, grants] = [
    await openActionsWithIssue(db, 15),
    await actionsWithIssueDueForReview(db, from, to),
    await actionsWithIssueDoneBetween(db, from, to),
    await decisionsWithIssueBetween(db, from, to),
    await reusableAssets(db, to, 10),
    await grantsBetween(db, from, to),
  ];
  const nextActions: ActionLine[] = open.map((a) => ({
    id: a.id,
    issueId: a.issueId,
    issueType: a.issueType,
    sku: a.sku,
    location: a.location,
    change: a.change,
    ownerTeam: a.ownerTeam,
    owner: a.owner,
    status: a.status,
    dueAt: iso(a.dueAt),
    reviewDate: iso(a.reviewDate),
  }));
  const verdicts: VerdictLine[] = due.map((a) => {
    const v = (a.verdict ?? {}) as Record<string, number | string | null>;
    const n = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : null);
    return {
      actionId: a.id,
      issueId: a.issueId,
      issueType: a.issueType,
      sku: a.sku,
      location: a.location,
      change: a.change,
      reviewDate: iso(a.reviewDate),
      result: typeof v.result === 'string' ? v.result : 'pending',
      rateBefore: n('rateBefore'),
      rateAfter: n('rateAfter'),
      ratio: n('ratio'),
      ciLow: n('ciLow'),
      ciHigh: n('ciHigh'),
      explanation: typeof v.explanation === 'string' ? v.explanation : null,
    };
  });
  const items: AssetLine[] = assets.map((a) => ({
    assetId: a.id,
    signalId: a.signalId,
    kind: a.kind,
    sku: a.sku,
    channel: a.channel,
    rating: a.rating,
    excerpt: excerpt(a.text),
    permission: a.lastEntry === 'granted' && a.grantUntil && a.grantUntil < to ? 'expired' : (a.lastEntry ?? 'not_requested'),
    channels: a.lastEntry === 'granted' ? a.grantChannels : [],
    until: iso(a.grantUntil),
    placements: a.placements,
  }));
  const figures = (await ugcFigures(db, { from, to })) as unknown as Record<string, unknown>;

  lap('loop+ugc');
  const blockers = conversionBlockers(cur, prev, titles);
  const copyableLine = await buildCopyableLine(db, { themes: topThemesWithTrend, blockers, stages: cur, from, to, lastDay });
  lap('copyable line');
  const closing = completion(done, decisions, grants);

  return {
    kind: 'weekly',
    week,
    timeZone: zone,
    firstDay,
    lastDay,
    window: { from: from.toISOString(), to: to.toISOString() },
    generatedAt: ctx.clock.now().toISOString(),
    totals,
    topThemes: topThemesWithTrend,
    conversionBlockers: blockers,
    afterSalesRisks: afterSalesRisks(riskCur, riskPrev, both.risks, titles),
    reusableAssets: { items, figures },
    nextActions,
    verdicts,
    sla,
    processing,
    satisfaction,
    automation,
    copyableLine,
    complete: closing.complete,
    completion: closing,
  };
}

function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 10) / 10;
}
