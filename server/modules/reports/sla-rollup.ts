import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { dayIn } from '../../lib/time/index.js';
import { signalStatusChangesSubquery, signalStatusSubquery } from '../signals/index.js';
import { appliedSlasSubquery, slaEventsSubquery } from '../sla/index.js';
import { signalRepliesSubquery } from '../replies/index.js';
import { SLA_BUCKETS, histogramQuantile, minuteBucket } from './rollup-histogram.js';
import { accumulateProcessing, addToProcessingRollup, fillProcessingZone } from './processing-rollup.js';
import { computeWorkOrderFacts, replaceWorkOrderFacts, storedWorkOrderFacts } from './work-order-facts.js';

export { SLA_BUCKETS, histogramQuantile, minuteBucket };

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The weekly report's SLA figures, kept as a day rollup per time zone (migration 0011 says why
 * and how signals get queued). Minutes are histograms (rollup-histogram.ts). The same drain keeps
 * the work orders' processing times and their rollup (migration 0100).
 */
const DRAIN_BATCH = 5000;
/** Drains and zone fills take this lock so a zone added mid-drain cannot miss a delta. */
const LOCK = sql`SELECT pg_advisory_xact_lock(hashtext('writeback:report-sla'))`;

/** Runs `f` in the caller's transaction, or in a new one. */
const inTransaction = <T>(db: Db, f: (tx: Db) => Promise<T>): Promise<T> =>
  db.isTransaction ? f(db) : (db as Kysely<DB>).transaction().execute(f);

interface Facts {
  signalId: number;
  receivedAt: Date;
  responded: boolean;
  firstResponseBucket: number | null;
  resolved: boolean;
  resolutionBucket: number | null;
  fcr: boolean;
  breached: boolean;
}

/**
 * One signal's SLA facts, computed from the SLA tables (signals with an applied SLA only). A reply
 * by automation does not answer a signal that must be human; resolution is the last "resolved"
 * status change while the signal is resolved; first-contact resolution is resolved with one
 * qualifying reply before it and never reopened.
 *
 * The tables belong to signals, sla and replies; each exports its columns as a typed subquery and
 * this statement composes them, so a drain batch of 5,000 signals stays one round trip (the
 * per-signal lateral reads need the other owners' columns row by row). PostgreSQL flattens the
 * subqueries, so the plan and its index use are the plain tables'.
 */
function factsQuery(ids: RawIds) {
  return sql<{
    id: number;
    received_at: Date;
    fr_minutes: number | null;
    resolved: boolean;
    res_minutes: number | null;
    fcr: boolean;
    breached: boolean;
  }>`
    WITH w AS (
      SELECT s.id, s.received_at, s.status, s.must_be_human, a.state
      FROM ${ids} JOIN ${signalStatusSubquery()} AS s ON s.id = ids.id JOIN ${appliedSlasSubquery()} AS a ON a.signal_id = s.id
    ), x AS (
      SELECT w.*, fr.at AS first_reply_at, sc.resolved_at, coalesce(sc.reopened, false) AS reopened, rc.n AS replies_before, coalesce(br.breached, false) AS breached_event
      FROM w
      LEFT JOIN LATERAL (SELECT min(r.at) AS at FROM ${signalRepliesSubquery()} AS r WHERE r.signal_id = w.id AND (NOT w.must_be_human OR NOT r.by_automation)) fr ON true
      LEFT JOIN LATERAL (SELECT max(c.at) FILTER (WHERE c.status = 'resolved') AS resolved_at, bool_or(c.status = 'reopened') AS reopened
        FROM ${signalStatusChangesSubquery()} AS c WHERE c.signal_id = w.id) sc ON true
      LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM ${signalRepliesSubquery()} AS r WHERE r.signal_id = w.id
        AND (NOT w.must_be_human OR NOT r.by_automation) AND r.at <= sc.resolved_at) rc ON true
      LEFT JOIN LATERAL (SELECT true AS breached FROM ${slaEventsSubquery()} AS e WHERE e.signal_id = w.id
        AND e.type IN ('first_response_breached', 'resolution_breached') LIMIT 1) br ON true
    )
    SELECT id, received_at, extract(epoch FROM first_reply_at - received_at)::float8 / 60 AS fr_minutes,
      (status = 'resolved' AND resolved_at IS NOT NULL) AS resolved,
      CASE WHEN status = 'resolved' THEN extract(epoch FROM resolved_at - received_at)::float8 / 60 END AS res_minutes,
      (status = 'resolved' AND coalesce(replies_before = 1, false) AND NOT reopened) AS fcr,
      (state = 'breached' OR breached_event) AS breached
    FROM x`;
}

type RawIds = ReturnType<typeof sql>;
const idList = (ids: readonly number[]) => sql`(SELECT DISTINCT unnest(${[...ids]}::bigint[]) AS id) ids`;
const allIds = sql`(SELECT a.signal_id AS id FROM ${appliedSlasSubquery()} AS a) ids`;

function toFacts(r: {
  id: number;
  received_at: Date;
  fr_minutes: number | null;
  resolved: boolean;
  res_minutes: number | null;
  fcr: boolean;
  breached: boolean;
}): Facts {
  const frMinutes = r.fr_minutes === null ? null : Number(r.fr_minutes);
  return {
    signalId: Number(r.id),
    receivedAt: r.received_at,
    responded: frMinutes !== null,
    firstResponseBucket: minuteBucket(frMinutes),
    resolved: r.resolved,
    resolutionBucket: r.resolved ? minuteBucket(r.res_minutes === null ? null : Number(r.res_minutes)) : null,
    fcr: r.fcr,
    breached: r.breached,
  };
}

interface DayRow {
  zone: string;
  day: string;
  signals: number;
  responded: number;
  resolved: number;
  fcr: number;
  breached: number;
  firstResponseHist: number[];
  resolutionHist: number[];
}

function emptyRow(zone: string, day: string): DayRow {
  return {
    zone,
    day,
    signals: 0,
    responded: 0,
    resolved: 0,
    fcr: 0,
    breached: 0,
    firstResponseHist: new Array(SLA_BUCKETS).fill(0),
    resolutionHist: new Array(SLA_BUCKETS).fill(0),
  };
}

/** A day row whose every count nets to zero (left out of writes and of the test snapshots). */
const isEmpty = (r: DayRow) =>
  r.signals === 0 &&
  r.firstResponseHist.every((x) => x === 0) &&
  r.resolutionHist.every((x) => x === 0) &&
  !r.responded &&
  !r.resolved &&
  !r.fcr &&
  !r.breached;

/** Adds (sign 1) or takes out (sign -1) signals' facts into day rows per zone. */
function accumulate(rows: Map<string, DayRow>, zones: readonly string[], facts: readonly Facts[], sign: 1 | -1): void {
  for (const f of facts) {
    for (const zone of zones) {
      const day = dayIn(zone, f.receivedAt);
      const k = `${zone}\u0000${day}`;
      const r = rows.get(k) ?? rows.set(k, emptyRow(zone, day)).get(k)!;
      r.signals += sign;
      if (f.responded) r.responded += sign;
      if (f.resolved) r.resolved += sign;
      if (f.fcr) r.fcr += sign;
      if (f.breached) r.breached += sign;
      if (f.firstResponseBucket !== null) r.firstResponseHist[f.firstResponseBucket]! += sign;
      if (f.resolutionBucket !== null) r.resolutionHist[f.resolutionBucket]! += sign;
    }
  }
}

async function addToRollup(db: Db, rows: Map<string, DayRow>): Promise<void> {
  const list = [...rows.values()].filter((r) => !isEmpty(r)).sort((a, b) => (a.zone + a.day < b.zone + b.day ? -1 : 1));
  if (list.length === 0) return;
  const c = <T>(f: (r: DayRow) => T) => list.map(f);
  const add = (col: string) =>
    sql.raw(
      `ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(t.${col}, EXCLUDED.${col}) WITH ORDINALITY AS u(a, b, i) ORDER BY i)`,
    );
  await sql`
    INSERT INTO report_rollup_sla AS t (zone, day, signals, responded, resolved, fcr, breached, first_response_hist, resolution_hist)
    SELECT zone, day, signals, responded, resolved, fcr, breached, fr::int[], res::int[]
    FROM unnest(${c((r) => r.zone)}::text[], ${c((r) => r.day)}::date[], ${c((r) => r.signals)}::int[], ${c((r) => r.responded)}::int[],
      ${c((r) => r.resolved)}::int[], ${c((r) => r.fcr)}::int[], ${c((r) => r.breached)}::int[],
      ${c((r) => `{${r.firstResponseHist.join(',')}}`)}::text[], ${c((r) => `{${r.resolutionHist.join(',')}}`)}::text[])
      AS d(zone, day, signals, responded, resolved, fcr, breached, fr, res)
    ON CONFLICT (zone, day) DO UPDATE SET signals = t.signals + EXCLUDED.signals, responded = t.responded + EXCLUDED.responded,
      resolved = t.resolved + EXCLUDED.resolved, fcr = t.fcr + EXCLUDED.fcr, breached = t.breached + EXCLUDED.breached,
      first_response_hist = ${add('first_response_hist')}, resolution_hist = ${add('resolution_hist')}`.execute(db);
}

async function storedFacts(db: Db, ids: readonly number[]): Promise<Facts[]> {
  const rows = await db
    .selectFrom('report_sla_facts')
    .selectAll()
    .where('signal_id', '=', sql<number>`ANY(${[...ids]}::bigint[])`)
    .execute();
  return rows.map((r) => ({
    signalId: Number(r.signal_id),
    receivedAt: r.received_at,
    responded: r.responded,
    firstResponseBucket: r.first_response_bucket,
    resolved: r.resolved,
    resolutionBucket: r.resolution_bucket,
    fcr: r.fcr,
    breached: r.breached,
  }));
}

async function slaZones(db: Db): Promise<string[]> {
  return (await db.selectFrom('report_sla_zones').select('zone').orderBy('zone').execute()).map((r) => r.zone);
}

/**
 * Recounts the queued signals: takes their last counted facts out of the rollup, puts their
 * current facts in, and remembers those. Batches of 5,000, each its own transaction; returns
 * how many signals it looked at. Cost follows the changes since the last drain, not the store.
 * A batch short of full means the queue was empty when it was claimed: the drain stops there
 * rather than chasing signals that arrive meanwhile (under steady intake it would otherwise run a
 * small transaction for every few new signals, for as long as they keep coming).
 */
export async function drainSlaChanges(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await inTransaction(db, async (tx) => {
      await LOCK.execute(tx);
      const claimed = await sql<{ signal_id: number }>`
        DELETE FROM report_sla_dirty WHERE signal_id IN (SELECT signal_id FROM report_sla_dirty ORDER BY signal_id LIMIT ${DRAIN_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING signal_id`.execute(tx);
      const ids = claimed.rows.map((r) => Number(r.signal_id));
      if (ids.length === 0) return 0;
      const before = await storedFacts(tx, ids);
      const after = (await factsQuery(idList(ids)).execute(tx)).rows.map(toFacts);
      const zones = await slaZones(tx);
      const rows = new Map<string, DayRow>();
      accumulate(rows, zones, before, -1);
      accumulate(rows, zones, after, 1);
      await addToRollup(tx, rows);
      await sql`DELETE FROM report_sla_facts WHERE signal_id = ANY(${ids}::bigint[])`.execute(tx);
      await recountWorkOrders(tx, ids, zones);
      if (after.length) {
        const c = <T>(f: (r: Facts) => T) => after.map(f);
        await sql`
          INSERT INTO report_sla_facts (signal_id, received_at, responded, first_response_bucket, resolved, resolution_bucket, fcr, breached)
          SELECT * FROM unnest(${c((f) => f.signalId)}::bigint[], ${c((f) => f.receivedAt)}::timestamptz[], ${c((f) => f.responded)}::boolean[],
            ${c((f) => f.firstResponseBucket)}::smallint[], ${c((f) => f.resolved)}::boolean[], ${c((f) => f.resolutionBucket)}::smallint[],
            ${c((f) => f.fcr)}::boolean[], ${c((f) => f.breached)}::boolean[])`.execute(tx);
      }
      return ids.length;
    });
    total += n;
    if (n < DRAIN_BATCH) return total;
  }
}

/** Moves the processing rollup from the work orders' last counted facts to their current ones. */
async function recountWorkOrders(tx: Db, ids: readonly number[], zones: readonly string[]): Promise<void> {
  const before = await storedWorkOrderFacts(tx, ids);
  const after = await computeWorkOrderFacts(tx, ids);
  const rows: Parameters<typeof addToProcessingRollup>[1] = new Map();
  accumulateProcessing(rows, zones, before, -1);
  accumulateProcessing(rows, zones, after, 1);
  await addToProcessingRollup(tx, rows);
  await replaceWorkOrderFacts(tx, ids, after);
}

/** Day rows for one zone from the counted facts, grouped in the database (a few thousand rows however many signals). */
async function dayRowsFromFacts(db: Db, zone: string): Promise<DayRow[]> {
  const r = await sql<{
    day: string;
    responded: boolean;
    frb: number | null;
    resolved: boolean;
    rb: number | null;
    fcr: boolean;
    breached: boolean;
    n: number;
  }>`
    SELECT (received_at AT TIME ZONE ${zone})::date::text AS day, responded, first_response_bucket AS frb, resolved, resolution_bucket AS rb, fcr, breached, count(*)::int AS n
    FROM report_sla_facts GROUP BY 1, 2, 3, 4, 5, 6, 7`.execute(db);
  const out = new Map<string, DayRow>();
  for (const x of r.rows) {
    const row = out.get(x.day) ?? out.set(x.day, emptyRow(zone, x.day)).get(x.day)!;
    row.signals += x.n;
    if (x.responded) row.responded += x.n;
    if (x.resolved) row.resolved += x.n;
    if (x.fcr) row.fcr += x.n;
    if (x.breached) row.breached += x.n;
    if (x.frb !== null) row.firstResponseHist[x.frb]! += x.n;
    if (x.rb !== null) row.resolutionHist[x.rb]! += x.n;
  }
  return [...out.values()];
}

/** Makes sure `zone` has SLA day rows: the first time, filled from the counted facts. */
export async function ensureSlaZone(db: Db, zone: string): Promise<void> {
  const have = await db.selectFrom('report_sla_zones').select('zone').where('zone', '=', zone).executeTakeFirst();
  if (have) return;
  await inTransaction(db, async (tx) => {
    await LOCK.execute(tx);
    const added = await tx
      .insertInto('report_sla_zones')
      .values({ zone })
      .onConflict((oc) => oc.column('zone').doNothing())
      .returning('zone')
      .executeTakeFirst();
    if (!added) return;
    const rows = await dayRowsFromFacts(tx, zone);
    await addToRollup(tx, new Map(rows.map((r) => [r.day, r])));
    await fillProcessingZone(tx, zone);
  });
}

export interface SlaWeek {
  signals: number;
  responded: number;
  frMedian: number | null;
  frP90: number | null;
  resolved: number;
  resMedian: number | null;
  resP90: number | null;
  fcr: number;
  breached: number;
}

/** The SLA figures of the signals received on local days [firstDay, lastDay] in `zone`: seven rows. */
export async function slaWeek(db: Db, zone: string, firstDay: string, lastDay: string): Promise<SlaWeek> {
  const rows = await db
    .selectFrom('report_rollup_sla')
    .selectAll()
    .where('zone', '=', zone)
    .where('day', '>=', firstDay)
    .where('day', '<=', lastDay)
    .execute();
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const hist = (f: (r: (typeof rows)[number]) => number[]) => Array.from({ length: SLA_BUCKETS }, (_, i) => sum((r) => f(r)[i] ?? 0));
  const fr = hist((r) => r.first_response_hist);
  const res = hist((r) => r.resolution_hist);
  return {
    signals: sum((r) => r.signals),
    responded: sum((r) => r.responded),
    frMedian: histogramQuantile(fr, 0.5),
    frP90: histogramQuantile(fr, 0.9),
    resolved: sum((r) => r.resolved),
    resMedian: histogramQuantile(res, 0.5),
    resP90: histogramQuantile(res, 0.9),
    fcr: sum((r) => r.fcr),
    breached: sum((r) => r.breached),
  };
}

const lineOf = (r: DayRow) =>
  JSON.stringify({ ...r, firstResponseHist: r.firstResponseHist.join(','), resolutionHist: r.resolutionHist.join(',') });

/** The stored SLA day rows of a zone (all-zero rows left out), as sorted lines: for tests and checks. */
export async function storedSlaRollup(db: Db, zone: string): Promise<string[]> {
  const rows = await db
    .selectFrom('report_rollup_sla')
    .selectAll()
    .select(sql<string>`day::text`.as('day'))
    .where('zone', '=', zone)
    .execute();
  return rows
    .map(
      (r): DayRow => ({
        zone: r.zone,
        day: r.day,
        signals: r.signals,
        responded: r.responded,
        resolved: r.resolved,
        fcr: r.fcr,
        breached: r.breached,
        firstResponseHist: r.first_response_hist.map(Number),
        resolutionHist: r.resolution_hist.map(Number),
      }),
    )
    .filter((r) => !isEmpty(r))
    .map(lineOf)
    .sort();
}

/** The same rows recomputed from the SLA tables. */
export async function recountedSlaRollup(db: Db, zone: string): Promise<string[]> {
  const out = new Map<string, DayRow>();
  accumulate(out, [zone], (await factsQuery(allIds).execute(db)).rows.map(toFacts), 1);
  return [...out.values()]
    .filter((r) => !isEmpty(r))
    .map(lineOf)
    .sort();
}
