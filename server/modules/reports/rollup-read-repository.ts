import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Reads of the rollups for one zone and a span of local days. Every query is bounded by the
 * primary key's (zone, day) prefix, so its cost follows the number of distinct keys in the span,
 * not the number of signals behind them.
 */
export interface ThemeRow { issueType: string; sku: string; stage: string; signals: number; negative: number; mustBeHuman: number }

export async function themeTotals(db: Db, zone: string, firstDay: string, lastDay: string): Promise<ThemeRow[]> {
  const r = await sql<{ issue_type: string; sku: string; stage: string; signals: number; negative: number; must_be_human: number }>`
    SELECT issue_type, sku, stage, sum(signals)::int AS signals, sum(negative)::int AS negative, sum(must_be_human)::int AS must_be_human
    FROM report_rollup_themes WHERE zone = ${zone} AND day BETWEEN ${firstDay}::date AND ${lastDay}::date
    GROUP BY issue_type, sku, stage HAVING sum(signals) <> 0`.execute(db);
  return r.rows.map((x) => ({ issueType: x.issue_type, sku: x.sku, stage: x.stage, signals: x.signals, negative: x.negative, mustBeHuman: x.must_be_human }));
}

/** Weekly counts (ISO weeks, keyed by their Monday) of chosen (issue type, SKU) pairs; SKU '*' = every SKU. */
export async function themeWeeklySeries(db: Db, zone: string, firstDay: string, lastDay: string, keys: { issueType: string; sku: string }[]): Promise<{ monday: string; issueType: string; sku: string; signals: number }[]> {
  if (keys.length === 0) return [];
  const r = await sql<{ monday: string; issue_type: string; sku: string; signals: number }>`
    SELECT date_trunc('week', t.day)::date::text AS monday, k.issue_type, k.sku, sum(t.signals)::int AS signals
    FROM report_rollup_themes t
    JOIN unnest(${keys.map((k) => k.issueType)}::text[], ${keys.map((k) => k.sku)}::text[]) AS k(issue_type, sku)
      ON t.issue_type = k.issue_type AND (k.sku = '*' OR t.sku = k.sku)
    WHERE t.zone = ${zone} AND t.day BETWEEN ${firstDay}::date AND ${lastDay}::date AND t.issue_type <> 'praise'
    GROUP BY 1, k.issue_type, k.sku`.execute(db);
  return r.rows.map((x) => ({ monday: x.monday, issueType: x.issue_type, sku: x.sku, signals: x.signals }));
}

export interface ChannelRow { channel: string; stage: string; signals: number; negative: number; negativeReviews: number; mustBeHuman: number; automationHandled: number; automationCrossed: number }

export async function channelTotals(db: Db, zone: string, firstDay: string, lastDay: string): Promise<ChannelRow[]> {
  const r = await sql<{ channel: string; stage: string; signals: number; negative: number; negative_reviews: number; must_be_human: number; automation_handled: number; automation_crossed: number }>`
    SELECT channel, stage, sum(signals)::int AS signals, sum(negative)::int AS negative, sum(negative_reviews)::int AS negative_reviews,
      sum(must_be_human)::int AS must_be_human, sum(automation_handled)::int AS automation_handled, sum(automation_crossed)::int AS automation_crossed
    FROM report_rollup_channels WHERE zone = ${zone} AND day BETWEEN ${firstDay}::date AND ${lastDay}::date
    GROUP BY channel, stage HAVING sum(signals) <> 0`.execute(db);
  return r.rows.map((x) => ({
    channel: x.channel, stage: x.stage, signals: x.signals, negative: x.negative, negativeReviews: x.negative_reviews,
    mustBeHuman: x.must_be_human, automationHandled: x.automation_handled, automationCrossed: x.automation_crossed,
  }));
}

export interface RiskRow { risk: string; sku: string; batch: string; route: string; signals: number }

export async function riskTotals(db: Db, zone: string, firstDay: string, lastDay: string): Promise<RiskRow[]> {
  const r = await sql<{ risk: string; sku: string; batch: string; route: string; signals: number }>`
    SELECT risk, sku, batch, route, sum(signals)::int AS signals
    FROM report_rollup_risks WHERE zone = ${zone} AND day BETWEEN ${firstDay}::date AND ${lastDay}::date
    GROUP BY risk, sku, batch, route HAVING sum(signals) <> 0`.execute(db);
  return r.rows;
}

export interface BatchRow { issueType: string; sku: string; batch: string; signals: number }

export async function batchTotals(db: Db, zone: string, firstDay: string, lastDay: string): Promise<BatchRow[]> {
  const r = await sql<{ issue_type: string; sku: string; batch: string; signals: number }>`
    SELECT issue_type, sku, batch, sum(signals)::int AS signals
    FROM report_rollup_batches WHERE zone = ${zone} AND day BETWEEN ${firstDay}::date AND ${lastDay}::date
    GROUP BY issue_type, sku, batch HAVING sum(signals) <> 0`.execute(db);
  return r.rows.map((x) => ({ issueType: x.issue_type, sku: x.sku, batch: x.batch, signals: x.signals }));
}

export async function productFacts(db: Db, skus: string[]): Promise<Map<string, { title: string; supplier: string | null; pageUrl: string | null }>> {
  if (skus.length === 0) return new Map();
  const rows = await db.selectFrom('products').select(['sku', 'title', 'supplier', 'page_url']).where('sku', 'in', skus).execute();
  return new Map(rows.map((r) => [r.sku, { title: r.title, supplier: r.supplier, pageUrl: r.page_url }]));
}

/**
 * This week and the one before in one round trip per rollup (the embedded engine pays per
 * statement): rows are tagged by which week their day falls in.
 */
export async function twoWeekTotals(db: Db, zone: string, firstDay: string, lastDay: string): Promise<{
  themes: { cur: ThemeRow[]; prev: ThemeRow[] }; channels: { cur: ChannelRow[]; prev: ChannelRow[] }; risks: { cur: RiskRow[]; prev: RiskRow[] };
}> {
  const span = sql`zone = ${zone} AND day BETWEEN (${firstDay}::date - 7) AND ${lastDay}::date`;
  const cur = sql`(day >= ${firstDay}::date)`;
  const t = await sql<{ cur: boolean; issue_type: string; sku: string; stage: string; signals: number; negative: number; must_be_human: number }>`
    SELECT ${cur} AS cur, issue_type, sku, stage, sum(signals)::int AS signals, sum(negative)::int AS negative, sum(must_be_human)::int AS must_be_human
    FROM report_rollup_themes WHERE ${span} GROUP BY 1, issue_type, sku, stage HAVING sum(signals) <> 0`.execute(db);
  const c = await sql<{ cur: boolean; channel: string; stage: string; signals: number; negative: number; negative_reviews: number; must_be_human: number; automation_handled: number; automation_crossed: number }>`
    SELECT ${cur} AS cur, channel, stage, sum(signals)::int AS signals, sum(negative)::int AS negative, sum(negative_reviews)::int AS negative_reviews,
      sum(must_be_human)::int AS must_be_human, sum(automation_handled)::int AS automation_handled, sum(automation_crossed)::int AS automation_crossed
    FROM report_rollup_channels WHERE ${span} GROUP BY 1, channel, stage HAVING sum(signals) <> 0`.execute(db);
  const r = await sql<{ cur: boolean; risk: string; sku: string; batch: string; route: string; signals: number }>`
    SELECT ${cur} AS cur, risk, sku, batch, route, sum(signals)::int AS signals
    FROM report_rollup_risks WHERE ${span} GROUP BY 1, risk, sku, batch, route HAVING sum(signals) <> 0`.execute(db);
  const split = <R extends { cur: boolean }, T>(rows: R[], f: (x: R) => T) => ({ cur: rows.filter((x) => x.cur).map(f), prev: rows.filter((x) => !x.cur).map(f) });
  return {
    themes: split(t.rows, (x) => ({ issueType: x.issue_type, sku: x.sku, stage: x.stage, signals: x.signals, negative: x.negative, mustBeHuman: x.must_be_human })),
    channels: split(c.rows, (x) => ({
      channel: x.channel, stage: x.stage, signals: x.signals, negative: x.negative, negativeReviews: x.negative_reviews,
      mustBeHuman: x.must_be_human, automationHandled: x.automation_handled, automationCrossed: x.automation_crossed,
    })),
    risks: split(r.rows, ({ cur: _c, ...x }) => x),
  };
}
