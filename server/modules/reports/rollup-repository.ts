import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import {
  rollupDelta,
  weeklyDelta,
  type ChannelCounts,
  type RollupDelta,
  type RollupState,
  type ThemeCounts,
  type WeeklyDelta,
  emptyDelta,
} from './rollup-contributions.js';
import { rollupStates, rollupStatesOf } from './rollup-states.js';
import type { StoredSignalFacts } from '../signals/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The zones the rollups keep as this process last saw them: a guess that every rollup write checks
 * in its own statement (writeDelta), so a zone added by another process or on another database is
 * never missed, and the common write is one round trip.
 */
let knownZones: string[] | undefined;

/**
 * Adds newly inserted signals to the rollups: by id (their states read back) or from the facts
 * their insert returned in this transaction. Where no report zone is kept yet (a new store, an
 * import before the first report) their states are not even read: that read locks and joins the
 * rows, 4-7% of an import's time.
 */
export async function addNewSignalsToRollups(
  db: Db,
  signals: { ids: readonly number[] } | { stored: readonly StoredSignalFacts[] },
): Promise<void> {
  if (('ids' in signals ? signals.ids : signals.stored).length === 0) return;
  let states: RollupState[] | undefined;
  await writeForZones(db, async (zones) => {
    if (zones.length === 0) return emptyDelta();
    states ??= 'ids' in signals ? await rollupStates(db, signals.ids) : await rollupStatesOf(db, signals.stored);
    return rollupDelta([], states, zones);
  });
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
  await writeForZones(db, async (zones) => rollupDelta(before, after, zones));
}

/**
 * Writes the delta for the zones kept, guessing them from the last write and writing again with
 * the zones the statement found if the guess was wrong. A zone cannot be added between the two:
 * adding one takes a SHARE lock on signals, which waits for this transaction (it wrote signals).
 */
async function writeForZones(db: Db, deltaFor: (zones: string[]) => Promise<RollupDelta>): Promise<void> {
  let zones = knownZones ?? (await maintainedZones(db));
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await writeDelta(db, await deltaFor(zones), zones);
    if (found === null) {
      knownZones = zones;
      return;
    }
    zones = found;
  }
  throw new Error('the report zones kept changing during one rollup write');
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
 * Adds the rows' counts into `table` (keys inserted, or counts summed into the existing row), as
 * one data-modifying CTE named `name` that runs only when `guard` holds. Table and column names
 * come from the constants below, never from input.
 */
function upsertInto<R>(name: string, guard: RawBuilder<unknown>, table: string, keys: Column<R>[], counts: Column<R>[], rows: R[]) {
  if (rows.length === 0) return null;
  const columns = [...keys, ...counts];
  const names = (cs: Column<R>[]) => sql.join(cs.map((c) => sql.ref(c.name)));
  return sql`${sql.ref(name)} AS (
    INSERT INTO ${sql.table(table)} AS t (${names(columns)})
    SELECT * FROM unnest(${sql.join(columns.map((c) => sql`${rows.map(c.of)}::${sql.raw(c.type)}[]`))}) WHERE ${guard}
    ON CONFLICT (${names(keys)}) DO UPDATE SET ${sql.join(counts.map((c) => sql`${sql.ref(c.name)} = t.${sql.ref(c.name)} + EXCLUDED.${sql.ref(c.name)}`))}
    RETURNING 1)`;
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
 * transaction, in one statement, if the zones kept are still `zones` (the ones the delta was
 * worked out for); returns null when written, else the zones kept now and writes nothing. Each
 * table's rows go in key order (zone first, then the day or week), and each table's upsert waits
 * for the one before it, so writers lock rows in one order and cannot deadlock each other.
 */
async function writeDelta(db: Db, d: RollupDelta, zones: readonly string[]): Promise<string[] | null> {
  const w = weeklyDelta(d);
  const ctes: RawBuilder<unknown>[] = [
    sql`zones_kept AS (
      SELECT z.zones, z.zones = ${[...zones]}::text[] AS ok
      FROM (SELECT coalesce(array_agg(zone ORDER BY zone), '{}') AS zones FROM report_zones) z)`,
  ];
  let previous: string | null = null;
  const add = (build: (name: string, guard: RawBuilder<unknown>) => RawBuilder<unknown> | null) => {
    const name = `w${ctes.length}`;
    const guard = previous
      ? sql`(SELECT ok FROM zones_kept) AND (SELECT count(*) FROM ${sql.ref(previous)}) >= 0`
      : sql`(SELECT ok FROM zones_kept)`;
    const cte = build(name, guard);
    if (!cte) return;
    ctes.push(cte);
    previous = name;
  };
  add((n, g) =>
    upsertInto<Row<RollupDelta['themes']>>(n, g, 'report_rollup_themes', [zone, day, ...themeKeys], themeCounts, sorted(d.themes)),
  );
  add((n, g) =>
    upsertInto<Row<RollupDelta['channels']>>(
      n,
      g,
      'report_rollup_channels',
      [zone, day, ...channelKeys],
      channelCounts,
      sorted(d.channels),
    ),
  );
  add((n, g) => upsertInto<Row<RollupDelta['risks']>>(n, g, 'report_rollup_risks', [zone, day, ...riskKeys], [signals], sorted(d.risks)));
  add((n, g) =>
    upsertInto<Row<RollupDelta['batches']>>(n, g, 'report_rollup_batches', [zone, day, ...batchKeys], [signals], sorted(d.batches)),
  );
  add((n, g) =>
    upsertInto<Row<WeeklyDelta['themes']>>(n, g, 'report_rollup_weekly_themes', [zone, week, ...themeKeys], themeCounts, sorted(w.themes)),
  );
  add((n, g) =>
    upsertInto<Row<WeeklyDelta['channels']>>(
      n,
      g,
      'report_rollup_weekly_channels',
      [zone, week, ...channelKeys],
      channelCounts,
      sorted(w.channels),
    ),
  );
  add((n, g) =>
    upsertInto<Row<WeeklyDelta['risks']>>(
      n,
      g,
      'report_rollup_weekly_risks',
      [zone, week, projection, ...riskKeys],
      [signals],
      sorted(w.risks),
    ),
  );
  const r = await sql<{ ok: boolean; zones: string[] }>`WITH ${sql.join(ctes)} SELECT ok, zones FROM zones_kept`.execute(db);
  const row = r.rows[0]!;
  return row.ok ? null : row.zones;
}
