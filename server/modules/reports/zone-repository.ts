import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import {
  recountBatches,
  recountChannels,
  recountRisks,
  recountThemes,
  weeklyChannels,
  weeklyRisks,
  weeklyThemes,
} from './rollup-recount.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Makes sure the rollups hold `zone`: the first report in a zone backfills it from the signals
 * (one grouped scan per rollup), then every write keeps it. Signals are share-locked while the
 * backfill runs so no write lands between the scan and the zone becoming maintained.
 * Returns true when this call added the zone.
 */
export async function ensureZone(db: Db, zone: string): Promise<boolean> {
  const have = await db.selectFrom('report_zones').select('zone').where('zone', '=', zone).executeTakeFirst();
  if (have) return false;
  const add = async (tx: Db) => {
    await sql`LOCK TABLE signals IN SHARE MODE`.execute(tx);
    const added = await tx
      .insertInto('report_zones')
      .values({ zone })
      .onConflict((oc) => oc.column('zone').doNothing())
      .returning('zone')
      .executeTakeFirst();
    if (!added) return false;
    await sql`INSERT INTO report_rollup_themes (zone, day, issue_type, sku, stage, signals, negative, must_be_human)
      SELECT ${zone}, r.day::date, r.issue_type, r.sku, r.stage, r.signals, r.negative, r.must_be_human FROM (${recountThemes(zone)}) r`.execute(
      tx,
    );
    await sql`INSERT INTO report_rollup_channels (zone, day, channel, stage, signals, negative, negative_reviews, must_be_human, automation_handled, automation_crossed)
      SELECT ${zone}, r.day::date, r.channel, r.stage, r.signals, r.negative, r.negative_reviews, r.must_be_human, r.automation_handled, r.automation_crossed
      FROM (${recountChannels(zone)}) r`.execute(tx);
    await sql`INSERT INTO report_rollup_risks (zone, day, risk, sku, batch, route, signals)
      SELECT ${zone}, r.day::date, r.risk, r.sku, r.batch, r.route, r.signals FROM (${recountRisks(zone)}) r`.execute(tx);
    await sql`INSERT INTO report_rollup_batches (zone, day, issue_type, sku, batch, signals)
      SELECT ${zone}, r.day::date, r.issue_type, r.sku, r.batch, r.signals FROM (${recountBatches(zone)}) r`.execute(tx);
    // The weekly rollups from the daily rows just written: the same counts, folded into weeks.
    await sql`INSERT INTO report_rollup_weekly_themes (zone, week, issue_type, sku, stage, signals, negative, must_be_human)
      SELECT ${zone}, w.week::date, w.issue_type, w.sku, w.stage, w.signals, w.negative, w.must_be_human
      FROM (${weeklyThemes(sql`SELECT * FROM report_rollup_themes WHERE zone = ${zone}`)}) w`.execute(tx);
    await sql`INSERT INTO report_rollup_weekly_channels (zone, week, channel, stage, signals, negative, negative_reviews, must_be_human, automation_handled, automation_crossed)
      SELECT ${zone}, w.week::date, w.channel, w.stage, w.signals, w.negative, w.negative_reviews, w.must_be_human, w.automation_handled, w.automation_crossed
      FROM (${weeklyChannels(sql`SELECT * FROM report_rollup_channels WHERE zone = ${zone}`)}) w`.execute(tx);
    await sql`INSERT INTO report_rollup_weekly_risks (zone, week, projection, risk, sku, batch, route, signals)
      SELECT ${zone}, w.week::date, w.projection, w.risk, w.sku, w.batch, w.route, w.signals
      FROM (${weeklyRisks(sql`SELECT * FROM report_rollup_risks WHERE zone = ${zone}`)}) w`.execute(tx);
    return true;
  };
  return db.isTransaction ? add(db) : (db as Kysely<DB>).transaction().execute(add);
}

export interface RollupSnapshot {
  themes: string[];
  channels: string[];
  risks: string[];
  batches: string[];
  weeklyThemes: string[];
  weeklyChannels: string[];
  weeklyRisks: string[];
}

const line = (r: Record<string, unknown>) => JSON.stringify(r);
const byLine = (rows: Record<string, unknown>[]) => rows.map(line).sort();

/** The stored rollups for a zone (rows that netted to zero left out), as sorted lines: for tests and checks. */
export async function storedRollups(db: Db, zone: string): Promise<RollupSnapshot> {
  const t = await sql<
    Record<string, unknown>
  >`SELECT day::text AS day, issue_type, sku, stage, signals, negative, must_be_human FROM report_rollup_themes WHERE zone = ${zone} AND signals <> 0`.execute(
    db,
  );
  const c = await sql<
    Record<string, unknown>
  >`SELECT day::text AS day, channel, stage, signals, negative, negative_reviews, must_be_human, automation_handled, automation_crossed FROM report_rollup_channels WHERE zone = ${zone} AND signals <> 0`.execute(
    db,
  );
  const r = await sql<
    Record<string, unknown>
  >`SELECT day::text AS day, risk, sku, batch, route, signals FROM report_rollup_risks WHERE zone = ${zone} AND signals <> 0`.execute(db);
  const b = await sql<
    Record<string, unknown>
  >`SELECT day::text AS day, issue_type, sku, batch, signals FROM report_rollup_batches WHERE zone = ${zone} AND signals <> 0`.execute(db);
  const wt = await sql<
    Record<string, unknown>
  >`SELECT week::text AS week, issue_type, sku, stage, signals, negative, must_be_human FROM report_rollup_weekly_themes WHERE zone = ${zone} AND signals <> 0`.execute(
    db,
  );
  const wc = await sql<
    Record<string, unknown>
  >`SELECT week::text AS week, channel, stage, signals, negative, negative_reviews, must_be_human, automation_handled, automation_crossed FROM report_rollup_weekly_channels WHERE zone = ${zone} AND signals <> 0`.execute(
    db,
  );
  const wr = await sql<
    Record<string, unknown>
  >`SELECT week::text AS week, projection, risk, sku, batch, route, signals FROM report_rollup_weekly_risks WHERE zone = ${zone} AND signals <> 0`.execute(
    db,
  );
  return {
    themes: byLine(t.rows),
    channels: byLine(c.rows),
    risks: byLine(r.rows),
    batches: byLine(b.rows),
    weeklyThemes: byLine(wt.rows),
    weeklyChannels: byLine(wc.rows),
    weeklyRisks: byLine(wr.rows),
  };
}

/** The same shape computed from the signals themselves (the weekly rows by folding the recounted days). */
export async function recountedRollups(db: Db, zone: string): Promise<RollupSnapshot> {
  const t = await recountThemes(zone).execute(db);
  const c = await recountChannels(zone).execute(db);
  const r = await recountRisks(zone).execute(db);
  const b = await recountBatches(zone).execute(db);
  const wt = await weeklyThemes(recountThemes(zone)).execute(db);
  const wc = await weeklyChannels(recountChannels(zone)).execute(db);
  const wr = await weeklyRisks(recountRisks(zone)).execute(db);
  return {
    themes: byLine(t.rows),
    channels: byLine(c.rows),
    risks: byLine(r.rows),
    batches: byLine(b.rows),
    weeklyThemes: byLine(wt.rows),
    weeklyChannels: byLine(wc.rows),
    weeklyRisks: byLine(wr.rows),
  };
}
