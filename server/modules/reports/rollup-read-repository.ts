import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { getProducts } from '../products/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Reads of the rollups for one zone and a span of local days or weeks. Every query is bounded by
 * the primary key's (zone, day) or (zone, week) prefix, so its cost follows the number of
 * distinct keys in the span, not the number of signals behind them.
 */
export interface ThemeRow {
  issueType: string;
  sku: string;
  stage: string;
  signals: number;
  negative: number;
  mustBeHuman: number;
}

export async function themeTotals(db: Db, zone: string, firstDay: string, lastDay: string): Promise<ThemeRow[]> {
  const r = await sql<{ issue_type: string; sku: string; stage: string; signals: number; negative: number; must_be_human: number }>`
    SELECT issue_type, sku, stage, sum(signals)::int AS signals, sum(negative)::int AS negative, sum(must_be_human)::int AS must_be_human
    FROM report_rollup_themes WHERE zone = ${zone} AND day BETWEEN ${firstDay}::date AND ${lastDay}::date
    GROUP BY issue_type, sku, stage HAVING sum(signals) <> 0`.execute(db);
  return r.rows.map((x) => ({
    issueType: x.issue_type,
    sku: x.sku,
    stage: x.stage,
    signals: x.signals,
    negative: x.negative,
    mustBeHuman: x.must_be_human,
  }));
}

/** Weekly counts (ISO weeks, keyed by their Monday) of chosen (issue type, SKU) pairs; SKU '*' = every SKU. Reads the weekly rollup. */
export async function themeWeeklySeries(
  db: Db,
  zone: string,
  firstDay: string,
  lastDay: string,
  keys: { issueType: string; sku: string }[],
): Promise<{ monday: string; issueType: string; sku: string; signals: number }[]> {
  if (keys.length === 0) return [];
  const r = await sql<{ monday: string; issue_type: string; sku: string; signals: number }>`
    SELECT t.week::text AS monday, k.issue_type, k.sku, sum(t.signals)::int AS signals
    FROM report_rollup_weekly_themes t
    JOIN unnest(${keys.map((k) => k.issueType)}::text[], ${keys.map((k) => k.sku)}::text[]) AS k(issue_type, sku)
      ON t.issue_type = k.issue_type AND (k.sku = '*' OR t.sku = k.sku)
    WHERE t.zone = ${zone} AND t.week BETWEEN ${firstDay}::date AND ${lastDay}::date AND t.issue_type <> 'praise'
    GROUP BY 1, k.issue_type, k.sku`.execute(db);
  return r.rows.map((x) => ({ monday: x.monday, issueType: x.issue_type, sku: x.sku, signals: x.signals }));
}

export interface ChannelRow {
  channel: string;
  stage: string;
  signals: number;
  negative: number;
  negativeReviews: number;
  mustBeHuman: number;
  automationHandled: number;
  automationCrossed: number;
}

export interface RiskRow {
  risk: string;
  sku: string;
  batch: string;
  route: string;
  signals: number;
}

export interface BatchRow {
  issueType: string;
  sku: string;
  batch: string;
  signals: number;
}

export async function batchTotals(db: Db, zone: string, firstDay: string, lastDay: string): Promise<BatchRow[]> {
  const r = await sql<{ issue_type: string; sku: string; batch: string; signals: number }>`
    SELECT issue_type, sku, batch, sum(signals)::int AS signals
    FROM report_rollup_batches WHERE zone = ${zone} AND day BETWEEN ${firstDay}::date AND ${lastDay}::date
    GROUP BY issue_type, sku, batch HAVING sum(signals) <> 0`.execute(db);
  return r.rows.map((x) => ({ issueType: x.issue_type, sku: x.sku, batch: x.batch, signals: x.signals }));
}

export async function productFacts(
  db: Db,
  skus: string[],
): Promise<Map<string, { title: string; supplier: string | null; pageUrl: string | null }>> {
  const rows = await getProducts(db, skus);
  return new Map(rows.map((r) => [r.sku, { title: r.title, supplier: r.supplier, pageUrl: r.pageUrl }]));
}

/** The after-sales risk rows a weekly report shows (projections of the weekly risk rollup; dropped columns are ''). */
export interface RiskWeek {
  /** Signals by risk and SKU ('' = unknown), this week and last: the totals by risk and the SKU ranking. */
  bySku: { cur: RiskRow[]; prev: RiskRow[] };
  /** This week's (SKU, batch, risk) and (route, risk) rows with the `top` largest counts, rows tied with the last included. */
  topBatches: RiskRow[];
  topRoutes: RiskRow[];
}

/**
 * This week and the one before, from the weekly rollups (one row per key and week), in one
 * round trip per rollup (the embedded engine pays per statement). `monday` starts the week.
 * Of the risks only what the report shows leaves the database: the (risk, SKU) rows, and the
 * top `top` batch and route rows, read down the signals index (ties with the last kept, so the
 * report's own ordering decides between them).
 */
export async function twoWeekTotals(
  db: Db,
  zone: string,
  monday: string,
  top: number,
): Promise<{
  themes: { cur: ThemeRow[]; prev: ThemeRow[] };
  channels: { cur: ChannelRow[]; prev: ChannelRow[] };
  risks: RiskWeek;
}> {
  const span = sql`zone = ${zone} AND week IN (${monday}::date - 7, ${monday}::date)`;
  const cur = sql`(week = ${monday}::date)`;
  const t = await sql<{
    cur: boolean;
    issue_type: string;
    sku: string;
    stage: string;
    signals: number;
    negative: number;
    must_be_human: number;
  }>`
    SELECT ${cur} AS cur, issue_type, sku, stage, signals, negative, must_be_human
    FROM report_rollup_weekly_themes WHERE ${span} AND signals <> 0`.execute(db);
  const c = await sql<{
    cur: boolean;
    channel: string;
    stage: string;
    signals: number;
    negative: number;
    negative_reviews: number;
    must_be_human: number;
    automation_handled: number;
    automation_crossed: number;
  }>`
    SELECT ${cur} AS cur, channel, stage, signals, negative, negative_reviews, must_be_human, automation_handled, automation_crossed
    FROM report_rollup_weekly_channels WHERE ${span} AND signals <> 0`.execute(db);
  const topOf = (projection: string) => sql`(SELECT ${projection} AS part, risk, sku, batch, route, signals FROM report_rollup_weekly_risks
    WHERE zone = ${zone} AND week = ${monday}::date AND projection = ${projection} AND signals > 0
    ORDER BY signals DESC FETCH FIRST ${top} ROWS WITH TIES)`;
  const r = await sql<{ part: string; risk: string; sku: string; batch: string; route: string; signals: number }>`
    SELECT CASE WHEN ${cur} THEN 'cur' ELSE 'prev' END AS part, risk, sku, batch, route, signals FROM report_rollup_weekly_risks
    WHERE ${span} AND projection = 'sku' AND signals <> 0
    UNION ALL ${topOf('sku_batch')} UNION ALL ${topOf('route')}`.execute(db);
  const split = <R extends { cur: boolean }, T>(rows: R[], f: (x: R) => T) => ({
    cur: rows.filter((x) => x.cur).map(f),
    prev: rows.filter((x) => !x.cur).map(f),
  });
  const risks = (part: string) => r.rows.filter((x) => x.part === part).map(({ part: _p, ...x }) => x);
  return {
    themes: split(t.rows, (x) => ({
      issueType: x.issue_type,
      sku: x.sku,
      stage: x.stage,
      signals: x.signals,
      negative: x.negative,
      mustBeHuman: x.must_be_human,
    })),
    channels: split(c.rows, (x) => ({
      channel: x.channel,
      stage: x.stage,
      signals: x.signals,
      negative: x.negative,
      negativeReviews: x.negative_reviews,
      mustBeHuman: x.must_be_human,
      automationHandled: x.automation_handled,
      automationCrossed: x.automation_crossed,
    })),
    risks: { bySku: { cur: risks('cur'), prev: risks('prev') }, topBatches: risks('sku_batch'), topRoutes: risks('route') },
  };
}
