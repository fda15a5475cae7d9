import { sql, type RawBuilder } from 'kysely';
import { orderSupplySubquery } from '../orders/index.js';
import { triagedSignalsSubquery } from '../signals/index.js';
import type {
  ReportRollupBatchesTable,
  ReportRollupChannelsTable,
  ReportRollupRisksTable,
  ReportRollupThemesTable,
  ReportRollupWeeklyChannelsTable,
  ReportRollupWeeklyRisksTable,
  ReportRollupWeeklyThemesTable,
} from '../../platform/db/schema.js';

/** A recounted row is the rollup table's row for one zone: the tables' own column types, not a copy. */
type Row<T> = Omit<T, 'zone'>;

/**
 * The rollups' definitions written a second time, in SQL over the signals table: used to
 * backfill a newly maintained zone and, in tests, as the full recount the incremental path
 * must always equal. Keep in step with rollup-contributions.ts.
 *
 * The signals and their orders come as their owners' typed subqueries (signals' triaged signals,
 * orders' supply facts), composed here into the one grouping statement: a recount reads the whole
 * store, and reading the two separately would move every row through Node instead of letting the
 * database group them. PostgreSQL flattens both subqueries, so the plan is the plain join's.
 */
function base(zone: string): RawBuilder<unknown> {
  return sql`
    SELECT (s.received_at AT TIME ZONE ${zone})::date AS day, coalesce(s.sku, '') AS sku, s.channel, coalesce(s.stage, '') AS stage,
      ARRAY(SELECT DISTINCT unnest(s.issue_types)) AS types,
      coalesce(s.sentiment_label = 'negative', false) AS neg, s.must_be_human AS mbh, s.handled_by = 'automation' AS auto,
      (s.channel = 'review' AND CASE WHEN s.rating IS NOT NULL THEN s.rating <= 2 ELSE coalesce(s.sentiment_label = 'negative', false) END) AS negrev,
      coalesce(s.batch, o.batch, '') AS batch, coalesce(o.route, '') AS route
    FROM ${triagedSignalsSubquery()} AS s LEFT JOIN ${orderSupplySubquery()} AS o ON o.order_id = s.order_id`;
}

export function recountThemes(zone: string) {
  return sql<Row<ReportRollupThemesTable>>`
    SELECT b.day::text AS day, t AS issue_type, b.sku, b.stage, count(*)::int AS signals,
      count(*) FILTER (WHERE b.neg)::int AS negative, count(*) FILTER (WHERE b.mbh)::int AS must_be_human
    FROM (${base(zone)}) b CROSS JOIN LATERAL unnest(b.types) AS t
    GROUP BY b.day, t, b.sku, b.stage`;
}

export function recountChannels(zone: string) {
  return sql<Row<ReportRollupChannelsTable>>`
    SELECT b.day::text AS day, b.channel, b.stage, count(*)::int AS signals, count(*) FILTER (WHERE b.neg)::int AS negative,
      count(*) FILTER (WHERE b.negrev)::int AS negative_reviews, count(*) FILTER (WHERE b.mbh)::int AS must_be_human,
      count(*) FILTER (WHERE b.auto)::int AS automation_handled, count(*) FILTER (WHERE b.auto AND b.mbh)::int AS automation_crossed
    FROM (${base(zone)}) b GROUP BY b.day, b.channel, b.stage`;
}

export function recountRisks(zone: string) {
  return sql<Row<ReportRollupRisksTable>>`
    SELECT b.day::text AS day, r AS risk, b.sku, b.batch, b.route, count(*)::int AS signals
    FROM (${base(zone)}) b CROSS JOIN LATERAL unnest(array_remove(ARRAY[
      CASE WHEN b.channel IN ('refund_reason', 'return_reason') OR 'returns_refunds' = ANY(b.types) THEN 'refund_return' END,
      CASE WHEN b.channel IN ('dispute', 'chargeback') THEN 'dispute' END,
      CASE WHEN b.types && ARRAY['damaged_in_transit', 'defect'] THEN 'damage' END,
      CASE WHEN 'delivery_delay' = ANY(b.types) THEN 'delay' END,
      CASE WHEN b.types && ARRAY['missing_item', 'wrong_item'] THEN 'missing_wrong' END,
      CASE WHEN b.negrev THEN 'negative_review' END,
      CASE WHEN 'safety' = ANY(b.types) THEN 'safety' END
    ]::text[], NULL)) AS r
    GROUP BY b.day, r, b.sku, b.batch, b.route`;
}

export function recountBatches(zone: string) {
  return sql<Row<ReportRollupBatchesTable>>`
    SELECT b.day::text AS day, t AS issue_type, b.sku, b.batch, count(*)::int AS signals
    FROM (${base(zone)}) b CROSS JOIN LATERAL unnest(b.types) AS t
    WHERE b.batch <> ''
    GROUP BY b.day, t, b.sku, b.batch`;
}

/**
 * Daily rollup rows (from the table or from a recount above) folded into local ISO weeks keyed
 * by their Monday: the weekly rollups' definition. `daily` must yield the daily table's columns.
 */
const monday = sql`(d.day::date - (extract(isodow FROM d.day::date)::int - 1))::text`;

export function weeklyThemes(daily: RawBuilder<unknown>) {
  return sql<Row<ReportRollupWeeklyThemesTable>>`
    SELECT ${monday} AS week, d.issue_type, d.sku, d.stage, sum(d.signals)::int AS signals, sum(d.negative)::int AS negative,
      sum(d.must_be_human)::int AS must_be_human
    FROM (${daily}) d GROUP BY 1, d.issue_type, d.sku, d.stage`;
}

export function weeklyChannels(daily: RawBuilder<unknown>) {
  return sql<Row<ReportRollupWeeklyChannelsTable>>`
    SELECT ${monday} AS week, d.channel, d.stage, sum(d.signals)::int AS signals, sum(d.negative)::int AS negative,
      sum(d.negative_reviews)::int AS negative_reviews, sum(d.must_be_human)::int AS must_be_human,
      sum(d.automation_handled)::int AS automation_handled, sum(d.automation_crossed)::int AS automation_crossed
    FROM (${daily}) d GROUP BY 1, d.channel, d.stage`;
}

/** The three projections of the risk key the weekly report reads (see migration 0010). */
export function weeklyRisks(daily: RawBuilder<unknown>) {
  return sql<Row<ReportRollupWeeklyRisksTable>>`
    SELECT ${monday} AS week, p.projection, d.risk, p.sku, p.batch, p.route, sum(d.signals)::int AS signals
    FROM (${daily}) d
    CROSS JOIN LATERAL (VALUES ('sku', d.sku, '', ''), ('sku_batch', d.sku, d.batch, ''), ('route', '', '', d.route)) AS p(projection, sku, batch, route)
    WHERE p.projection = 'sku' OR (p.projection = 'sku_batch' AND d.batch <> '') OR (p.projection = 'route' AND d.route <> '')
    GROUP BY 1, p.projection, d.risk, p.sku, p.batch, p.route`;
}
