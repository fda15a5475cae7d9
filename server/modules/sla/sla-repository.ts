import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { cachedConfig, jsonRows } from '../../platform/db/index.js';
import type { AppliedSla } from './apply-sla.js';
import type { SlaReply, SlaStatusChange, SignalStatus } from './sla-activity.js';
import type { SlaEvent } from './sla-events.js';
import { DEFAULT_SLA_POLICY, parseSlaPolicy, type SlaPolicy } from './sla-policy.js';
import { statusChangesOf, type SignalCondition, type SignalSortKey } from '../signals/index.js';
import { replyTimesOf } from './reply-source.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The policy in force, kept per process until the settings change (parsed once, not per signal). */
export async function loadSlaPolicy(db: Db): Promise<SlaPolicy> {
  return cachedConfig(db, 'sla-policy', ['settings'], async (d) => {
    const row = await d.selectFrom('settings').select('value').where('key', '=', 'sla_policy').executeTakeFirst();
    // A policy stored before today's checks (300,000 holidays, hours that never reach a target) must
    // not stop intake: the defaults apply until the seller saves one that passes.
    try {
      return parseSlaPolicy(row?.value ?? {});
    } catch {
      return DEFAULT_SLA_POLICY;
    }
  });
}

export async function saveSlaPolicy(db: Db, policy: SlaPolicy): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: 'sla_policy', value: JSON.stringify(policy) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(policy), updated_at: new Date() }))
    .execute();
}

function serialize(a: AppliedSla) {
  return {
    signal_id: Number(a.signalId),
    sla_class: a.slaClass,
    applied: JSON.stringify(a),
    state: a.status,
    first_response_due_at: a.firstResponseDueAt,
    resolution_due_at: a.resolutionDueAt,
    next_check_at: a.receivedAt,
  };
}

function revive(v: Record<string, unknown>): AppliedSla {
  const a = v as unknown as AppliedSla & Record<string, string>;
  return {
    ...a,
    receivedAt: new Date(a.receivedAt),
    firstResponseDueAt: new Date(a.firstResponseDueAt),
    resolutionDueAt: new Date(a.resolutionDueAt),
  };
}

/**
 * Applying twice keeps the first: an SLA is fixed when the signal arrives. One statement, the
 * rows as one JSON parameter. `applied` is the document serialize() stores, built in the
 * database: each row sends only its own fields, and the parts SLAs share (target, calendar,
 * at-risk fraction) travel once per distinct copy and are merged in, instead of the whole
 * document (about 760 bytes) being sent and parsed for every row.
 */
export async function insertAppliedSlas(db: Db, items: AppliedSla[]): Promise<void> {
  if (items.length === 0) return;
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const rows = items.map((a) => {
    const key = `${identity(a.target)}|${identity(a.calendar)}|${a.atRiskFraction}`;
    let n = sharedIndex.get(key);
    if (n === undefined) {
      shared.push(JSON.stringify({ target: a.target, calendar: a.calendar, atRiskFraction: a.atRiskFraction }));
      sharedIndex.set(key, (n = shared.length));
    }
    return {
      signal_id: Number(a.signalId),
      sla_class: a.slaClass,
      state: a.status,
      must_be_human: a.mustBeHuman,
      shared: n,
      received_at: a.receivedAt.toISOString(),
      first_response_due_at: a.firstResponseDueAt.toISOString(),
      resolution_due_at: a.resolutionDueAt.toISOString(),
    };
  });
  await sql`
    INSERT INTO applied_slas (signal_id, sla_class, applied, state, first_response_due_at, resolution_due_at, next_check_at)
    SELECT u.signal_id, u.sla_class,
      p.doc || jsonb_build_object('signalId', u.signal_id::text, 'slaClass', u.sla_class, 'receivedAt', u.received_at, 'mustBeHuman', u.must_be_human,
        'firstResponseDueAt', u.first_response_due_at, 'resolutionDueAt', u.resolution_due_at, 'status', u.state),
      u.state, u.first_response_due_at::timestamptz, u.resolution_due_at::timestamptz, u.received_at::timestamptz
    FROM ${jsonRows(rows)} AS u(signal_id bigint, sla_class text, state text, must_be_human boolean, shared int,
      received_at text, first_response_due_at text, resolution_due_at text)
    JOIN jsonb_array_elements(${`[${shared.join(',')}]`}::jsonb) WITH ORDINALITY AS p(doc, n) ON p.n = u.shared
    ON CONFLICT (signal_id) DO NOTHING`.execute(db);
}

/** A number per object, so SLAs that share their target and calendar objects share one document. */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function identity(o: object): number {
  let n = identities.get(o);
  if (n === undefined) identities.set(o, (n = ++nextIdentity));
  return n;
}

export async function replaceAppliedSla(db: Db, a: AppliedSla): Promise<void> {
  await db
    .insertInto('applied_slas')
    .values(serialize(a))
    .onConflict((oc) =>
      oc.column('signal_id').doUpdateSet({
        sla_class: a.slaClass,
        applied: JSON.stringify(a),
        first_response_due_at: a.firstResponseDueAt,
        resolution_due_at: a.resolutionDueAt,
        next_check_at: a.receivedAt,
      }),
    )
    .execute();
}

/**
 * Claims a page of SLAs due for a look. FOR UPDATE SKIP LOCKED lets several processes sweep
 * at once without evaluating the same signal twice.
 */
export async function claimDue(db: Transaction<DB>, now: Date, limit: number, signalIds?: number[]): Promise<AppliedSla[]> {
  const filter = signalIds ? sql`signal_id = ANY(${signalIds}::bigint[])` : sql`next_check_at IS NOT NULL AND next_check_at <= ${now}`;
  const rows = await sql<{ applied: Record<string, unknown> }>`
    SELECT applied FROM applied_slas WHERE ${filter} ORDER BY next_check_at NULLS LAST LIMIT ${limit} FOR UPDATE SKIP LOCKED`.execute(db);
  return rows.rows.map((r) => revive(r.applied));
}

export async function loadActivity(
  db: Db,
  signalIds: number[],
): Promise<Map<number, { replies: SlaReply[]; statusChanges: SlaStatusChange[]; csat: number | null }>> {
  const out = new Map(
    signalIds.map((id) => [id, { replies: [] as SlaReply[], statusChanges: [] as SlaStatusChange[], csat: null as number | null }]),
  );
  if (signalIds.length === 0) return out;
  for (const r of await replyTimesOf(db, signalIds)) out.get(r.signalId)!.replies.push({ at: r.at, byAutomation: r.byAutomation });
  for (const c of await statusChangesOf(db, signalIds))
    out.get(c.signalId)!.statusChanges.push({ at: c.at, status: c.status as SignalStatus });
  for (const r of await db.selectFrom('signal_satisfaction').select(['signal_id', 'score']).where('signal_id', 'in', signalIds).execute())
    out.get(Number(r.signal_id))!.csat = r.score;
  return out;
}

/** Satisfaction ratings (1–5) from a helpdesk's history; a signal's later rating replaces its earlier one. */
export async function storeSatisfaction(db: Db, rows: { signalId: number; score: number; at: Date; source: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('signal_satisfaction')
    .values(rows.map((r) => ({ signal_id: r.signalId, score: r.score, at: r.at, source: r.source })))
    .onConflict((oc) =>
      oc
        .column('signal_id')
        .doUpdateSet((eb) => ({ score: eb.ref('excluded.score'), at: eb.ref('excluded.at'), source: eb.ref('excluded.source') })),
    )
    .execute();
}

/**
 * Returns how many events were new; an existing key is left alone. Written in chunks of 2,000
 * rows, well inside PostgreSQL's 65,535 parameters per statement.
 */
export async function insertSlaEvents(db: Db, events: SlaEvent[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < events.length; i += 2000) {
    const res = await db
      .insertInto('sla_events')
      .values(
        events.slice(i, i + 2000).map((e) => ({
          key: e.key,
          signal_id: Number(e.signalId),
          type: e.type,
          at: e.at,
          payload: JSON.stringify({ slaClass: e.slaClass, dueAt: e.dueAt, cycle: e.cycle, by: e.by }),
        })),
      )
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Stores each SLA's evaluated state and next check in one statement. */
export async function updateSlaStates(
  db: Db,
  rows: { signalId: number; state: string; nextCheckAt: Date | null }[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    UPDATE applied_slas a SET state = u.state, next_check_at = u.next_check_at, evaluated_at = ${now}
    FROM unnest(${rows.map((r) => r.signalId)}::bigint[], ${rows.map((r) => r.state)}::text[],
      ${rows.map((r) => r.nextCheckAt?.toISOString() ?? null)}::timestamptz[]) AS u(signal_id, state, next_check_at)
    WHERE a.signal_id = u.signal_id`.execute(db);
}

export async function slaStates(
  db: Db,
  signalIds: number[],
): Promise<Map<number, { state: string; slaClass: string; firstResponseDueAt: Date; resolutionDueAt: Date }>> {
  if (signalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('applied_slas')
    .select(['signal_id', 'state', 'sla_class', 'first_response_due_at', 'resolution_due_at'])
    .where('signal_id', 'in', signalIds)
    .execute();
  return new Map(
    rows.map((r) => [
      r.signal_id,
      { state: r.state, slaClass: r.sla_class, firstResponseDueAt: r.first_response_due_at, resolutionDueAt: r.resolution_due_at },
    ]),
  );
}

/** The stored applied SLA (as JSON) of each of these signals that has one. */
export async function appliedSlasOf(db: Db, signalIds: readonly number[]): Promise<Map<number, Record<string, unknown>>> {
  if (signalIds.length === 0) return new Map();
  const rows = await sql<{ signal_id: number; applied: Record<string, unknown> }>`
    SELECT signal_id, applied FROM applied_slas WHERE signal_id = ANY(${[...signalIds]}::bigint[])`.execute(db);
  return new Map(rows.rows.map((r) => [Number(r.signal_id), r.applied]));
}

/** The signals whose applied SLA is in this state: a condition signals' list applies (EXISTS, so the index answers it). */
/**
 * The date a listed signal's SLA falls due next: its first response, or its resolution once the
 * first response clock is met. A signal without an applied SLA sorts last ('infinity').
 */
export const slaDueKey: SignalSortKey = (eb) =>
  eb.fn.coalesce(
    eb
      .selectFrom('applied_slas')
      .select(
        sql<Date>`CASE WHEN EXISTS (SELECT 1 FROM sla_events e WHERE e.signal_id = applied_slas.signal_id AND e.type = 'first_response_met')
          THEN applied_slas.resolution_due_at ELSE applied_slas.first_response_due_at END`.as('due'),
      )
      .whereRef('applied_slas.signal_id', '=', 'signals.id'),
    sql<Date>`'infinity'::timestamptz`,
  );

export function inSlaState(state: string): SignalCondition {
  return ({ exists, selectFrom }) =>
    exists(
      selectFrom('applied_slas')
        .select('signal_id')
        .whereRef('applied_slas.signal_id', '=', 'signals.id')
        .where('applied_slas.state', '=', state),
    );
}
