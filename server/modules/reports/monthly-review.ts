import type { AppContext } from '../../platform/http/context.js';
import { ensureZone } from './zone-repository.js';
import { themeTotals, batchTotals, productFacts, type ThemeRow, type BatchRow } from './rollup-read-repository.js';
import { issueAlarmsBetween } from '../issues/index.js';
import { assertTimeZone, instantRange, parseMonth, shiftMonth } from './periods.js';
import { drainSlaChanges, ensureSlaZone } from './sla-rollup.js';
import { processingSection, satisfactionSection } from './processing-section.js';
import { complaintRates } from './complaint-rates.js';
import type { CrossedLine, MonthlyReview, ShareGroup } from '../../../contracts/reports.js';

export type { TypeShare, ShareGroup, CrossedLine, MonthlyReview } from '../../../contracts/reports.js';

/** A (type, SKU) pair that reaches this many complaints in a month, at least doubling, is listed as crossing. */
export const MONTHLY_THRESHOLD = 10;

type Counted = { group: string; issueType: string; signals: number };

/** Complaint-type shares within each group, with the change in share against last month. */
export function shares(current: readonly Counted[], previous: readonly Counted[], limit = 25): ShareGroup[] {
  const fold = (rows: readonly Counted[]) => {
    const m = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const g = m.get(r.group) ?? m.set(r.group, new Map()).get(r.group)!;
      g.set(r.issueType, (g.get(r.issueType) ?? 0) + r.signals);
    }
    return m;
  };
  const now = fold(current);
  const before = fold(previous);
  const total = (m?: Map<string, number>) => [...(m?.values() ?? [])].reduce((s, n) => s + n, 0);
  return [...now]
    .map(([group, types]) => {
      const t = total(types);
      const prev = before.get(group);
      const pt = total(prev);
      return {
        group,
        total: t,
        previousTotal: pt,
        types: [...types]
          .map(([issueType, count]) => {
            const share = t === 0 ? 0 : count / t;
            const previousShare = pt === 0 ? 0 : (prev!.get(issueType) ?? 0) / pt;
            return { issueType, count, share, previousShare, shareChange: share - previousShare };
          })
          .sort((a, b) => b.count - a.count || a.issueType.localeCompare(b.issueType)),
      };
    })
    .sort((a, b) => b.total - a.total || a.group.localeCompare(b.group))
    .slice(0, limit);
}

const complaints = (rows: ThemeRow[]) => rows.filter((r) => r.issueType !== 'praise');

export async function generateMonthlyReview(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  opts: { month: string; timeZone: string },
): Promise<MonthlyReview> {
  const zone = assertTimeZone(opts.timeZone);
  const { month, firstDay, lastDay } = parseMonth(opts.month);
  const prev = parseMonth(shiftMonth(month, -1));
  await ensureZone(ctx.db, zone);
  const cur = complaints(await themeTotals(ctx.db, zone, firstDay, lastDay));
  const before = complaints(await themeTotals(ctx.db, zone, prev.firstDay, prev.lastDay));
  const bCur = (await batchTotals(ctx.db, zone, firstDay, lastDay)).filter((r) => r.issueType !== 'praise');
  const bPrev = (await batchTotals(ctx.db, zone, prev.firstDay, prev.lastDay)).filter((r) => r.issueType !== 'praise');
  const products = await productFacts(ctx.db, [...new Set([...cur, ...before].map((r) => r.sku).filter(Boolean))]);
  const supplier = (sku: string) => products.get(sku)?.supplier ?? '(unknown supplier)';
  const bySku = (rows: ThemeRow[]) => rows.filter((r) => r.sku).map((r) => ({ group: r.sku, issueType: r.issueType, signals: r.signals }));
  const bySupplier = (rows: ThemeRow[]) =>
    rows.filter((r) => r.sku).map((r) => ({ group: supplier(r.sku), issueType: r.issueType, signals: r.signals }));
  const byBatch = (rows: BatchRow[]) => rows.map((r) => ({ group: `${r.sku} / ${r.batch}`, issueType: r.issueType, signals: r.signals }));

  const pairs = (rows: ThemeRow[]) => {
    const m = new Map<string, number>();
    for (const r of rows) if (r.sku) m.set(`${r.issueType}\u0000${r.sku}`, (m.get(`${r.issueType}\u0000${r.sku}`) ?? 0) + r.signals);
    return m;
  };
  const pNow = pairs(cur);
  const pPrev = pairs(before);
  const alarms = await issueAlarmsBetween(ctx.db, firstDay, lastDay);
  const crossed: CrossedLine[] = alarms.map((a) => ({
    issueId: a.id,
    issueType: a.issueType,
    sku: a.sku,
    batch: a.batch,
    route: a.route,
    at: a.at,
    reason: a.reason,
    count: a.observed,
  }));
  for (const [k, n] of pNow) {
    const [issueType, sku] = k.split('\u0000') as [string, string];
    const p = pPrev.get(k) ?? 0;
    if (n >= MONTHLY_THRESHOLD && n >= 2 * p && !crossed.some((c) => c.issueType === issueType && c.sku === sku)) {
      crossed.push({
        issueId: null,
        issueType,
        sku,
        batch: null,
        route: null,
        at: month,
        reason: `monthly_threshold (${MONTHLY_THRESHOLD}+, at least double last month's ${p})`,
        count: n,
      });
    }
  }
  const sum = (rows: ThemeRow[]) => rows.reduce((s, r) => s + r.signals, 0);
  // Replies, decisions and resolutions since the last report are counted first.
  await drainSlaChanges(ctx.db);
  await ensureSlaZone(ctx.db, zone);
  const { from, to } = instantRange(zone, firstDay, lastDay);
  return {
    kind: 'monthly',
    month,
    timeZone: zone,
    firstDay,
    lastDay,
    generatedAt: ctx.clock.now().toISOString(),
    totals: { complaints: sum(cur), previous: sum(before) },
    bySku: shares(bySku(cur), bySku(before)),
    bySupplier: shares(bySupplier(cur), bySupplier(before)),
    byBatch: shares(byBatch(bCur), byBatch(bPrev)),
    crossed,
    processing: await processingSection(ctx.db, zone, { period: 'month', firstDay, lastDay, monthsBefore: 5 }),
    satisfaction: await satisfactionSection(ctx.db, from, to),
    complaintsPer100Orders: await complaintRates(ctx.db, zone, month),
  };
}
