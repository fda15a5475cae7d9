import { sql, type Kysely } from 'kysely';

/**
 * Report rollups: daily counts per time zone, kept up to date in the same transaction that
 * triages a signal (and on retriage, label correction and deletion), so a report reads a few
 * thousand rows however many signals there are. Each zone a report is asked for gets its own
 * rows (a day in Berlin is not a day in UTC): a zone is added, and backfilled from the signals,
 * the first time a report asks for it; from then on every write keeps it current.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE report_zones (
      zone text PRIMARY KEY,
      added_at timestamptz NOT NULL DEFAULT now()
    );

    -- One row per (signal issue type): what the themes, blockers and SKU shares read.
    CREATE TABLE report_rollup_themes (
      zone text NOT NULL, day date NOT NULL, issue_type text NOT NULL, sku text NOT NULL, stage text NOT NULL,
      signals integer NOT NULL, negative integer NOT NULL, must_be_human integer NOT NULL,
      PRIMARY KEY (zone, day, issue_type, sku, stage)
    );

    -- One row per signal: totals, negative reviews and the human/automation boundary.
    CREATE TABLE report_rollup_channels (
      zone text NOT NULL, day date NOT NULL, channel text NOT NULL, stage text NOT NULL,
      signals integer NOT NULL, negative integer NOT NULL, negative_reviews integer NOT NULL,
      must_be_human integer NOT NULL, automation_handled integer NOT NULL, automation_crossed integer NOT NULL,
      PRIMARY KEY (zone, day, channel, stage)
    );

    -- After-sales risk kinds (refund/return, dispute, damage, delay, missing/wrong, negative review, safety)
    -- by SKU, batch and route where the signal or its order knows them ('' = unknown).
    CREATE TABLE report_rollup_risks (
      zone text NOT NULL, day date NOT NULL, risk text NOT NULL, sku text NOT NULL, batch text NOT NULL, route text NOT NULL,
      signals integer NOT NULL,
      PRIMARY KEY (zone, day, risk, sku, batch, route)
    );

    -- Issue types by batch (only signals whose batch is known): the monthly review's batch shares.
    CREATE TABLE report_rollup_batches (
      zone text NOT NULL, day date NOT NULL, issue_type text NOT NULL, sku text NOT NULL, batch text NOT NULL,
      signals integer NOT NULL,
      PRIMARY KEY (zone, day, issue_type, sku, batch)
    );

    -- Reports as they were generated for a closed period: past weeks stay as they were.
    CREATE TABLE report_snapshots (
      kind text NOT NULL,
      period text NOT NULL,
      zone text NOT NULL,
      generated_at timestamptz NOT NULL,
      report jsonb NOT NULL,
      PRIMARY KEY (kind, period, zone)
    );
  `.execute(db);
}
