import { sql, type Kysely } from 'kysely';

/**
 * Weekly report rollups beside the daily ones: the same counts per zone and local ISO week
 * (keyed by its Monday), kept in the same write as the daily rows. A weekly report then reads
 * one row per key and week instead of seven daily rows, and the after-sales risks read only the
 * projections the report shows, so the rows a report reads follow the themes, not the signals.
 * The daily tables stay: the monthly review and any span that is not whole weeks read them.
 * Zones already maintained are backfilled from their daily rows (exact: they are the same counts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE report_rollup_weekly_themes (
      zone text NOT NULL, week date NOT NULL, issue_type text NOT NULL, sku text NOT NULL, stage text NOT NULL,
      signals integer NOT NULL, negative integer NOT NULL, must_be_human integer NOT NULL,
      PRIMARY KEY (zone, week, issue_type, sku, stage)
    );

    CREATE TABLE report_rollup_weekly_channels (
      zone text NOT NULL, week date NOT NULL, channel text NOT NULL, stage text NOT NULL,
      signals integer NOT NULL, negative integer NOT NULL, negative_reviews integer NOT NULL,
      must_be_human integer NOT NULL, automation_handled integer NOT NULL, automation_crossed integer NOT NULL,
      PRIMARY KEY (zone, week, channel, stage)
    );

    -- The (risk, SKU, batch, route) key space is large and sparse, and the report shows only
    -- totals and top tens, so a week keeps three projections of it ('' where a projection drops
    -- a column): 'sku' (every risk signal, SKU '' = unknown), 'sku_batch' (batch known) and
    -- 'route' (route known). The signals index serves "top ten" without reading the rest.
    CREATE TABLE report_rollup_weekly_risks (
      zone text NOT NULL, week date NOT NULL, projection text NOT NULL CHECK (projection IN ('sku', 'sku_batch', 'route')),
      risk text NOT NULL, sku text NOT NULL, batch text NOT NULL, route text NOT NULL,
      signals integer NOT NULL,
      PRIMARY KEY (zone, week, projection, risk, sku, batch, route)
    );
    CREATE INDEX report_rollup_weekly_risks_top ON report_rollup_weekly_risks (zone, week, projection, signals DESC);

    INSERT INTO report_rollup_weekly_themes (zone, week, issue_type, sku, stage, signals, negative, must_be_human)
    SELECT zone, day - (extract(isodow FROM day)::int - 1), issue_type, sku, stage, sum(signals), sum(negative), sum(must_be_human)
    FROM report_rollup_themes WHERE zone IN (SELECT zone FROM report_zones) GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO report_rollup_weekly_channels (zone, week, channel, stage, signals, negative, negative_reviews, must_be_human, automation_handled, automation_crossed)
    SELECT zone, day - (extract(isodow FROM day)::int - 1), channel, stage, sum(signals), sum(negative), sum(negative_reviews),
      sum(must_be_human), sum(automation_handled), sum(automation_crossed)
    FROM report_rollup_channels WHERE zone IN (SELECT zone FROM report_zones) GROUP BY 1, 2, 3, 4;

    INSERT INTO report_rollup_weekly_risks (zone, week, projection, risk, sku, batch, route, signals)
    SELECT d.zone, d.day - (extract(isodow FROM d.day)::int - 1), p.projection, d.risk, p.sku, p.batch, p.route, sum(d.signals)
    FROM report_rollup_risks d
    CROSS JOIN LATERAL (VALUES ('sku', d.sku, '', ''), ('sku_batch', d.sku, d.batch, ''), ('route', '', '', d.route)) AS p(projection, sku, batch, route)
    WHERE d.zone IN (SELECT zone FROM report_zones)
      AND (p.projection = 'sku' OR (p.projection = 'sku_batch' AND d.batch <> '') OR (p.projection = 'route' AND d.route <> ''))
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
  `.execute(db);
}
