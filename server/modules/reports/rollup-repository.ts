import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import {
  rollupDelta,
  weeklyDelta,
  type ChannelCounts,
  type RollupDelta,
  type RollupState,
  type ThemeCounts,
  type WeeklyDelta,
} from './rollup-contributions.js';
import { rollupStates } from './rollup-states.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Adds newly inserted signals to the rollups. Where no report zone is kept yet (a new store, an
 * import before the first report) their states are not even read: that read locks and joins the
 * rows, 4-7% of an import's time.
 */
export async function addNewSignalsToRollups(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const zones = await maintainedZones(db);
  if (zones.length === 0) return;
  await writeDelta(db, rollupDelta([], await rollupStates(db, ids), zones));
}

export async function maintainedZones(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('report_zones').select('zone').orderBy('zone').execute();
  return rows.map((r) => r.zone);
}

/**
 * Moves the rollups from `before` to `after` (states read in the same transaction, around the
 * write that changed the signals). Rows are upserted in key order so two writers touching the
 * same days cannot deadlock each other.
 */
export async function applyRollupDelta(db: Db, before: readonly RollupState[], after: readonly RollupState[]): Promise<void> {
  if (before.length === 0 && after.length === 0) return;
  const zones = await maintainedZones(db);
  if (zones.length === 0) return;
  await writeDelta(db, rollupDelta(before, after, zones));
}

const sorted = <V>(m: Map<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

/** One column of an upsert: its name, its SQL type, and how a delta row gives its value. */
interface Column<R> {
  name: string;
  type: 'text' | 'date' | 'int';
  of: (r: R) => string | number;
}
const text = <R>(name: string, of: (r: R) => string): Column<R> => ({ name, type: 'text', of });
const date = <R>(name: string, of: (r: R) => string): Column<R> => ({ name, type: 'date', of });
const int = <R>(name: string, of: (r: R) => number): Column<R> => ({ name, type: 'int', of });

/**
 * Adds the rows' counts into `table` (keys inserted, or counts summed into the existing row).
 * Table and column names come from the constants below, never from input.
 */
async function addInto<R>(db: Db, table: string, keys: Column<R>[], counts: Column<R>[], rows: R[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...keys, ...counts];
  const names = (cs: Column<R>[]) => sql.join(cs.map((c) => sql.ref(c.name)));
  await sql`
    INSERT INTO ${sql.table(table)} AS t (${names(columns)})
    SELECT * FROM unnest(${sql.join(columns.map((c) => sql`${rows.map(c.of)}::${sql.raw(c.type)}[]`))})
    ON CONFLICT (${names(keys)}) DO UPDATE SET ${sql.join(counts.map((c) => sql`${sql.ref(c.name)} = t.${sql.ref(c.name)} + EXCLUDED.${sql.ref(c.name)}`))}`.execute(
    db,
  );
}

type Row<M> = M extends Map<string, infer V> ? V : never;

const zone: Column<{ key: { zone: string } }> = text('zone', (r) => r.key.zone);
const day: Column<{ key: { day: string } }> = date('day', (r) => r.key.day);
const week: Column<{ key: { week: string } }> = date('week', (r) => r.key.week);
const signals: Column<{ signals: number }> = int('signals', (r) => r.signals);
const themeKeys: Column<{ key: { issueType: string; sku: string; stage: string } }>[] = [
  text('issue_type', (r) => r.key.issueType),
  text('sku', (r) => r.key.sku),
  text('stage', (r) => r.key.stage),
];
const themeCounts: Column<{ counts: ThemeCounts }>[] = [
  int('signals', (r) => r.counts.signals),
  int('negative', (r) => r.counts.negative),
  int('must_be_human', (r) => r.counts.mustBeHuman),
];
const channelKeys: Column<{ key: { channel: string; stage: string } }>[] = [
  text('channel', (r) => r.key.channel),
  text('stage', (r) => r.key.stage),
];
const channelCounts: Column<{ counts: ChannelCounts }>[] = [
  int('signals', (r) => r.counts.signals),
  int('negative', (r) => r.counts.negative),
  int('negative_reviews', (r) => r.counts.negativeReviews),
  int('must_be_human', (r) => r.counts.mustBeHuman),
  int('automation_handled', (r) => r.counts.automationHandled),
  int('automation_crossed', (r) => r.counts.automationCrossed),
];
const riskKeys: Column<{ key: { risk: string; sku: string; batch: string; route: string } }>[] = [
  text('risk', (r) => r.key.risk),
  text('sku', (r) => r.key.sku),
  text('batch', (r) => r.key.batch),
  text('route', (r) => r.key.route),
];
const batchKeys: Column<{ key: { issueType: string; sku: string; batch: string } }>[] = [
  text('issue_type', (r) => r.key.issueType),
  text('sku', (r) => r.key.sku),
  text('batch', (r) => r.key.batch),
];
const projection: Column<{ key: { projection: string } }> = text('projection', (r) => r.key.projection);

/**
 * Applies a delta to the daily rollups and to the weekly ones derived from it, in the caller's
 * transaction. Each table's rows go in key order (zone first, then the day or week).
 */
export async function writeDelta(db: Db, d: RollupDelta): Promise<void> {
  const w = weeklyDelta(d);
  await addInto<Row<RollupDelta['themes']>>(db, 'report_rollup_themes', [zone, day, ...themeKeys], themeCounts, sorted(d.themes));
  await addInto<Row<RollupDelta['channels']>>(db, 'report_rollup_channels', [zone, day, ...channelKeys], channelCounts, sorted(d.channels));
  await addInto<Row<RollupDelta['risks']>>(db, 'report_rollup_risks', [zone, day, ...riskKeys], [signals], sorted(d.risks));
  await addInto<Row<RollupDelta['batches']>>(db, 'report_rollup_batches', [zone, day, ...batchKeys], [signals], sorted(d.batches));
  await addInto<Row<WeeklyDelta['themes']>>(db, 'report_rollup_weekly_themes', [zone, week, ...themeKeys], themeCounts, sorted(w.themes));
  await addInto<Row<WeeklyDelta['channels']>>(
    db,
    'report_rollup_weekly_channels',
    [zone, week, ...channelKeys],
    channelCounts,
    sorted(w.channels),
  );
  await addInto<Row<WeeklyDelta['risks']>>(
    db,
    'report_rollup_weekly_risks',
    [zone, week, projection, ...riskKeys],
    [signals],
    sorted(w.risks),
  );
}
