import { change, type AfterSalesRisks, type BlockerLine, type ClosingItem, type ClosingKind, type ThemeLine } from './weekly-report.js';
import { RISKS } from './rollup-contributions.js';
import type { ThemeRow, RiskRow, RiskWeek } from './rollup-read-repository.js';
import type { ActionWithIssue, DecisionWithIssue } from '../actions/index.js';

/**
 * The report's sections from rollup rows: pure, so the ranking and the completion rule are
 * tested without a database. Praise is voice too, but it is not a problem to fix: it feeds
 * reusable assets, not the themes.
 */
const NOT_A_PROBLEM = new Set(['praise']);
const key = (issueType: string, sku: string) => `${issueType}\u0000${sku}`;

function byPair(
  rows: readonly ThemeRow[],
  stage?: string,
): Map<string, { issueType: string; sku: string; signals: number; negative: number; mustBeHuman: number }> {
  const out = new Map<string, { issueType: string; sku: string; signals: number; negative: number; mustBeHuman: number }>();
  for (const r of rows) {
    if (NOT_A_PROBLEM.has(r.issueType) || (stage && r.stage !== stage)) continue;
    const k = key(r.issueType, r.sku);
    const t = out.get(k) ?? out.set(k, { issueType: r.issueType, sku: r.sku, signals: 0, negative: 0, mustBeHuman: 0 }).get(k)!;
    t.signals += r.signals;
    t.negative += r.negative;
    t.mustBeHuman += r.mustBeHuman;
  }
  return out;
}

const rank = <T extends { count: number; change: number; issueType: string; sku: string }>(a: T, b: T) =>
  b.count - a.count || b.change - a.change || a.issueType.localeCompare(b.issueType) || a.sku.localeCompare(b.sku);

/** A type whose biggest SKU holds less than this share of it is one theme across SKUs. */
export const SPREAD_SHARE = 0.5;
export const ACROSS_SKUS = '*';

/**
 * Top themes. A theme is an issue type on one SKU when one SKU carries most of it (a missing
 * strap on the duffel), or the issue type across SKUs when it is spread (a chatbot wrong about
 * the return window for every product): the scope DESIGN.md's issues have. Ranked by this
 * week's count, with last week's for the change.
 */
export function topThemes(
  current: readonly ThemeRow[],
  previous: readonly ThemeRow[],
  titles: Map<string, string>,
  limit = 10,
): Omit<ThemeLine, 'trend'>[] {
  const now = byPair(current);
  const before = byPair(previous);
  const types = new Map<string, { total: number; negative: number; mustBeHuman: number; pairs: { sku: string; signals: number }[] }>();
  for (const p of now.values()) {
    const t = types.get(p.issueType) ?? types.set(p.issueType, { total: 0, negative: 0, mustBeHuman: 0, pairs: [] }).get(p.issueType)!;
    t.total += p.signals;
    t.negative += p.negative;
    t.mustBeHuman += p.mustBeHuman;
    t.pairs.push({ sku: p.sku, signals: p.signals });
  }
  const previousOfType = (issueType: string) =>
    [...before.values()].filter((p) => p.issueType === issueType).reduce((s, p) => s + p.signals, 0);
  const lines: Omit<ThemeLine, 'trend'>[] = [];
  for (const [issueType, t] of types) {
    t.pairs.sort((a, b) => b.signals - a.signals || a.sku.localeCompare(b.sku));
    const skus = t.pairs.slice(0, 3).map((p) => ({ sku: p.sku, count: p.signals }));
    if (t.pairs.length > 1 && t.pairs[0]!.signals < SPREAD_SHARE * t.total) {
      lines.push({
        issueType,
        sku: ACROSS_SKUS,
        title: `across ${t.pairs.length} SKUs`,
        negative: t.negative,
        mustBeHuman: t.mustBeHuman,
        skus,
        ...change(t.total, previousOfType(issueType)),
      });
      continue;
    }
    for (const p of t.pairs) {
      const pair = now.get(key(issueType, p.sku))!;
      lines.push({
        issueType,
        sku: p.sku,
        title: titles.get(p.sku) ?? null,
        negative: pair.negative,
        mustBeHuman: pair.mustBeHuman,
        skus: [{ sku: p.sku, count: p.signals }],
        ...change(p.signals, before.get(key(issueType, p.sku))?.signals ?? 0),
      });
    }
  }
  return lines.sort(rank).slice(0, limit);
}

/** Pre-sale questions by theme and SKU: what the page should already answer. */
export function conversionBlockers(
  current: readonly ThemeRow[],
  previous: readonly ThemeRow[],
  titles: Map<string, string>,
  limit = 10,
): BlockerLine[] {
  const now = byPair(current, 'pre_sale');
  const before = byPair(previous, 'pre_sale');
  return [...now.values()]
    .map((t) => ({
      issueType: t.issueType,
      sku: t.sku,
      title: titles.get(t.sku) ?? null,
      ...change(t.signals, before.get(key(t.issueType, t.sku))?.signals ?? 0),
    }))
    .sort(rank)
    .slice(0, limit);
}

/** How many lines each after-sales list shows. */
export const RISK_LINES = 10;

/**
 * After-sales risks from the weekly risk projections: totals by risk and the SKU ranking from
 * the (risk, SKU) rows, the batch and route lists from their top rows (read with ties, so the
 * order below, not the database's, picks among equal counts).
 */
export function afterSalesRisks(
  current: RiskWeek['bySku']['cur'],
  previous: RiskWeek['bySku']['prev'],
  top: Pick<RiskWeek, 'topBatches' | 'topRoutes'>,
  titles: Map<string, string>,
  limit = RISK_LINES,
): AfterSalesRisks {
  const sum = (rows: readonly RiskRow[], risk: string) => rows.filter((r) => r.risk === risk).reduce((s, r) => s + r.signals, 0);
  const byRisk = RISKS.map((risk) => ({ risk, ...change(sum(current, risk), sum(previous, risk)) }));
  const skus = new Map<string, { sku: string; title: string | null; total: number; risks: Record<string, number> }>();
  for (const r of current) {
    if (!r.sku) continue;
    const s = skus.get(r.sku) ?? skus.set(r.sku, { sku: r.sku, title: titles.get(r.sku) ?? null, total: 0, risks: {} }).get(r.sku)!;
    s.total += r.signals;
    s.risks[r.risk] = (s.risks[r.risk] ?? 0) + r.signals;
  }
  const batches = top.topBatches.map((r) => ({ sku: r.sku, batch: r.batch, risk: r.risk, count: r.signals }));
  const routes = top.topRoutes.map((r) => ({ route: r.route, risk: r.risk, count: r.signals }));
  return {
    byRisk,
    bySku: [...skus.values()].sort((a, b) => b.total - a.total || a.sku.localeCompare(b.sku)).slice(0, limit),
    byBatch: batches
      .sort((a, b) => b.count - a.count || a.batch.localeCompare(b.batch) || a.risk.localeCompare(b.risk) || a.sku.localeCompare(b.sku))
      .slice(0, limit),
    byRoute: routes.sort((a, b) => b.count - a.count || a.route.localeCompare(b.route) || a.risk.localeCompare(b.risk)).slice(0, limit),
  };
}

const LOCATION_CLOSES: Record<string, ClosingKind> = {
  product_page: 'page_faq_macro_changed',
  faq: 'page_faq_macro_changed',
  support_macro: 'page_faq_macro_changed',
  chatbot_knowledge: 'page_faq_macro_changed',
  policy_page: 'page_faq_macro_changed',
  ad_creative_brief: 'page_faq_macro_changed',
  delivery_promise: 'risky_promise_paused',
  ugc_library: 'permission_recorded',
  qa_record: 'quality_issue_escalated',
  supplier_file: 'quality_issue_escalated',
  inventory_hold: 'quality_issue_escalated',
  fulfilment_review: 'quality_issue_escalated',
};
const DECISION_CLOSES: Record<string, ClosingKind> = {
  correct_public_claim: 'page_faq_macro_changed',
  hold_next_order: 'quality_issue_escalated',
  ask_supplier_evidence: 'quality_issue_escalated',
};

/**
 * A week closes only when something changed where the next complaint starts: a page, FAQ or
 * macro, a risky promise paused, a permission recorded, a quality issue escalated. Counting or
 * answering tickets never closes a week.
 */
export function completion(
  done: readonly ActionWithIssue[],
  decisions: readonly DecisionWithIssue[],
  grants: readonly { assetId: number; channels: string[] }[],
): { complete: boolean; closed: ClosingItem[]; statement: string } {
  const closed: ClosingItem[] = [];
  for (const a of done) {
    const kind = LOCATION_CLOSES[a.location];
    if (kind)
      closed.push({
        kind,
        what: `${a.location.replaceAll('_', ' ')} changed for ${a.issueType} on ${a.sku}: ${a.change}`,
        ref: `action ${a.id}`,
      });
  }
  for (const d of decisions) {
    const kind = DECISION_CLOSES[d.type];
    if (kind) closed.push({ kind, what: `${d.type.replaceAll('_', ' ')} for ${d.issueType} on ${d.sku}`, ref: `decision ${d.id}` });
  }
  for (const g of grants)
    closed.push({
      kind: 'permission_recorded',
      what: `permission granted for ${g.channels.join(', ') || 'no channel'}`,
      ref: `ugc asset ${g.assetId}`,
    });
  const complete = closed.length > 0;
  return {
    complete,
    closed,
    statement: complete
      ? `Complete: ${closed.length} change${closed.length === 1 ? '' : 's'} closed where the next complaint starts.`
      : 'Not complete: no page, FAQ or macro changed, no risky promise paused, no permission recorded and no quality issue escalated this week. Answering tickets does not close the week.',
  };
}
