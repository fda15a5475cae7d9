import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { orderRows } from '../../orders/index.js';
import { signalHasMedia, signalRows, type SignalCondition } from '../../signals/index.js';
import { DEFAULT_SPIKE_WINDOWS } from '../detect/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/** A signal on day D changes the spike windows that end on D and on the days after it (1 and 2 days wide). */
// A function, not a constant: module cycles (triage → reports → issues) may load this file first.
const spikeReachDays = () => Math.max(...DEFAULT_SPIKE_WINDOWS);

export interface AssignableSignal {
  id: number;
  receivedAt: Date;
  sku: string | null;
  batch: string | null;
  route: string | null;
  market: string | null;
  issueTypes: string[];
}

// Over the relations signals and orders export: one statement per page, not a read per signal.
// Built per call, not at load, because it reads other modules' exports.
const selectAssignable = () => sql`
  SELECT s.id, s.received_at, s.sku, coalesce(s.batch, o.batch) AS batch, o.route, o.country, s.issue_types
  FROM ${signalRows()} s LEFT JOIN ${orderRows()} o ON o.order_id = s.order_id`;

type AssignableRow = {
  id: number;
  received_at: Date;
  sku: string | null;
  batch: string | null;
  route: string | null;
  country: string | null;
  issue_types: string[];
};
const toAssignable = (r: AssignableRow): AssignableSignal => ({
  id: Number(r.id),
  receivedAt: r.received_at,
  sku: r.sku,
  batch: r.batch,
  route: r.route,
  market: r.country,
  issueTypes: r.issue_types,
});

/**
 * Triaged signals with issue types that no issue holds yet, in id order. The batch comes from
 * the signal or its order; route and market (the order's country) from the order.
 */
export async function unassignedSignals(db: Db, afterId: number, limit: number): Promise<AssignableSignal[]> {
  const rows = await sql<AssignableRow>`${selectAssignable()}
    WHERE s.id > ${afterId} AND s.triaged_at IS NOT NULL AND cardinality(s.issue_types) > 0
      AND NOT EXISTS (SELECT 1 FROM issue_signals i WHERE i.signal_id = s.id)
    ORDER BY s.id LIMIT ${limit}`.execute(db);
  return rows.rows.map(toAssignable);
}

/** The given signals as they stand now (a signal deleted meanwhile is simply absent). */
export async function signalsForAssignment(db: Db, ids: number[]): Promise<AssignableSignal[]> {
  if (ids.length === 0) return [];
  const rows = await sql<AssignableRow>`${selectAssignable()} WHERE s.id = ANY(${ids}::bigint[]) ORDER BY s.id`.execute(db);
  return rows.rows.map(toAssignable);
}

/** The ids of an issue's signals, in id order. */
export async function issueSignalIds(db: Db, issueId: number): Promise<number[]> {
  const rows = await db.selectFrom('issue_signals').select('signal_id').where('issue_id', '=', issueId).orderBy('signal_id').execute();
  return rows.map((r) => Number(r.signal_id));
}

/**
 * The signal list's `issueId` filter: the signals one issue holds. Signals comes earlier in the
 * flow and cannot name this table, so the composition root hands this condition to its routes.
 */
export function inIssue(issueId: number): SignalCondition {
  return ({ exists, selectFrom }) =>
    exists(
      selectFrom('issue_signals')
        .select('signal_id')
        .whereRef('issue_signals.signal_id', '=', 'signals.id')
        .where('issue_signals.issue_id', '=', issueId),
    );
}

/** Which signals each of these issues holds. */
export async function signalIdsOfIssues(db: Db, issueIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (issueIds.length === 0) return out;
  const rows = await db
    .selectFrom('issue_signals')
    .select(['issue_id', 'signal_id'])
    .where('issue_id', 'in', [...issueIds])
    .orderBy('signal_id')
    .execute();
  for (const r of rows) {
    const k = Number(r.issue_id);
    (out.get(k) ?? out.set(k, []).get(k)!).push(Number(r.signal_id));
  }
  return out;
}

export interface Membership {
  issueId: number;
  signalId: number;
  issueType: string;
}

export async function membershipsOf(db: Db, signalIds: number[]): Promise<Membership[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('issue_signals')
    .select(['issue_id', 'signal_id', 'issue_type'])
    .where('signal_id', 'in', signalIds)
    .execute();
  return rows.map((r) => ({ issueId: Number(r.issue_id), signalId: Number(r.signal_id), issueType: r.issue_type }));
}

export async function deleteIssueSignals(db: Db, rows: Membership[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    await sql`DELETE FROM issue_signals m USING unnest(${chunk.map((r) => r.issueId)}::bigint[], ${chunk.map((r) => r.signalId)}::bigint[]) AS d(issue_id, signal_id)
      WHERE m.issue_id = d.issue_id AND m.signal_id = d.signal_id`.execute(db);
  }
}

/**
 * Takes up to `limit` signals off the resync queue (the triggers of migration 0008 fill it).
 * With `ids`, only those. Deleted in this transaction: a crash puts them back.
 */
export async function claimResync(db: Db, limit: number, ids?: number[]): Promise<number[]> {
  if (ids && ids.length === 0) return [];
  const rows = ids
    ? await sql<{ signal_id: number }>`DELETE FROM issue_resync WHERE signal_id = ANY(${ids}::bigint[]) RETURNING signal_id`.execute(db)
    : await sql<{ signal_id: number }>`DELETE FROM issue_resync WHERE signal_id IN (
        SELECT signal_id FROM issue_resync ORDER BY signal_id LIMIT ${limit} FOR UPDATE SKIP LOCKED) RETURNING signal_id`.execute(db);
  return rows.rows.map((r) => Number(r.signal_id)).sort((a, b) => a - b);
}

/**
 * Inserts memberships (an existing one is left alone). A signal joining an issue on a day its
 * spike test has already covered (a late import, a moved signal) marks that day — and the
 * following days its windows reach — for the test to go back to.
 */
export async function insertIssueSignals(
  db: Db,
  rows: { issueId: number; signalId: number; issueType: string; receivedAt: Date }[],
): Promise<number> {
  let inserted = 0;
  const days = new Map<number, Set<string>>();
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    const r = await db
      .insertInto('issue_signals')
      .values(chunk.map((x) => ({ issue_id: x.issueId, signal_id: x.signalId, issue_type: x.issueType, received_at: x.receivedAt })))
      .onConflict((oc) => oc.doNothing())
      .returning(['issue_id', 'received_at'])
      .execute();
    inserted += r.length;
    for (const x of r) {
      const set = days.get(Number(x.issue_id)) ?? days.set(Number(x.issue_id), new Set()).get(Number(x.issue_id))!;
      const d = new Date(x.received_at).toISOString().slice(0, 10);
      for (let w = 0; w < spikeReachDays(); w++)
        set.add(new Date(Date.parse(`${d}T00:00:00Z`) + w * 86_400_000).toISOString().slice(0, 10));
    }
  }
  if (days.size) {
    const ids = [...days.keys()];
    // Only days up to spike_checked_through: later days are tested anyway.
    await sql`UPDATE issues i SET spike_untested_days = ARRAY(
        SELECT DISTINCT d FROM unnest(i.spike_untested_days || string_to_array(u.days, ',')) AS d ORDER BY d)
      FROM (SELECT x.id, string_agg(d, ',') AS days FROM unnest(${ids}::bigint[], ${ids.map((k) => [...days.get(k)!].join(','))}::text[]) AS x(id, days)
              CROSS JOIN LATERAL unnest(string_to_array(x.days, ',')) AS d
              JOIN issues j ON j.id = x.id WHERE j.spike_checked_through IS NOT NULL AND d <= j.spike_checked_through
            GROUP BY x.id) u
      WHERE i.id = u.id`.execute(db);
  }
  return inserted;
}

export interface IssueAggregate {
  issueId: number;
  signalCount: number;
  reportCount: number;
  orders: number;
  customers: number;
  batches: number;
  markets: number;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  hasMedia: boolean;
  automationInvolved: boolean;
  channels: Record<string, number>;
  stages: Record<string, number>;
  owners: Record<string, number>;
}

/**
 * Counts recomputed from the membership table, never incremented, so a rerun cannot double count.
 * Two statements over the relations and the media test signals and orders export: detection
 * recounts every member of every touched issue, which per-signal reads would multiply.
 */
export async function issueAggregates(db: Db, ids: number[]): Promise<Map<number, IssueAggregate>> {
  const out = new Map<number, IssueAggregate>();
  if (ids.length === 0) return out;
  const main = await sql<{
    issue_id: number;
    n: number;
    reports: number;
    orders: number;
    customers: number;
    batches: number;
    markets: number;
    first: Date | null;
    last: Date | null;
    media: boolean;
    auto: boolean;
  }>`
    SELECT i.issue_id, count(*)::int AS n,
      count(DISTINCT coalesce('o:' || s.order_id, 'c:' || s.customer_id, 's:' || s.id::text))::int AS reports,
      count(DISTINCT s.order_id)::int AS orders, count(DISTINCT s.customer_id)::int AS customers,
      count(DISTINCT coalesce(s.batch, o.batch))::int AS batches, count(DISTINCT upper(o.country))::int AS markets,
      min(s.received_at) AS first, max(s.received_at) AS last,
      bool_or(${signalHasMedia('s.id')}) AS media,
      bool_or(s.handled_by = 'automation') AS auto
    FROM issue_signals i JOIN ${signalRows()} s ON s.id = i.signal_id LEFT JOIN ${orderRows()} o ON o.order_id = s.order_id
    WHERE i.issue_id = ANY(${ids}::bigint[]) GROUP BY i.issue_id`.execute(db);
  for (const r of main.rows) {
    out.set(Number(r.issue_id), {
      issueId: Number(r.issue_id),
      signalCount: r.n,
      reportCount: r.reports,
      orders: r.orders,
      customers: r.customers,
      batches: r.batches,
      markets: r.markets,
      firstSeenAt: r.first,
      lastSeenAt: r.last,
      hasMedia: Boolean(r.media),
      automationInvolved: Boolean(r.auto),
      channels: {},
      stages: {},
      owners: {},
    });
  }
  const facets = await sql<{ issue_id: number; facet: string; value: string | null; n: number }>`
    SELECT i.issue_id, f.facet, f.value, count(*)::int AS n
    FROM issue_signals i JOIN ${signalRows()} s ON s.id = i.signal_id
    CROSS JOIN LATERAL (VALUES ('channel', s.channel), ('stage', s.stage), ('owner', s.owner_team)) AS f(facet, value)
    WHERE i.issue_id = ANY(${ids}::bigint[]) GROUP BY 1, 2, 3`.execute(db);
  for (const r of facets.rows) {
    const a = out.get(Number(r.issue_id));
    if (!a || r.value === null) continue;
    const target = r.facet === 'channel' ? a.channels : r.facet === 'stage' ? a.stages : a.owners;
    target[r.value] = r.n;
  }
  return out;
}

/** The most recent texts of each issue (the representative wording is chosen among them), in one statement over signals' relation. */
export async function recentIssueTexts(db: Db, ids: number[], perIssue: number): Promise<Map<number, { id: number; text: string }[]>> {
  const out = new Map<number, { id: number; text: string }[]>();
  if (ids.length === 0) return out;
  const rows = await sql<{ issue_id: number; id: number; text: string }>`
    SELECT issue_id, id, text FROM (
      SELECT i.issue_id, s.id, s.text, row_number() OVER (PARTITION BY i.issue_id ORDER BY s.received_at DESC, s.id DESC) AS rn
      FROM issue_signals i JOIN ${signalRows()} s ON s.id = i.signal_id
      WHERE i.issue_id = ANY(${ids}::bigint[]) AND s.erased_at IS NULL
    ) t WHERE rn <= ${perIssue} ORDER BY issue_id, id`.execute(db);
  for (const r of rows.rows) {
    const k = Number(r.issue_id);
    (out.get(k) ?? out.set(k, []).get(k)!).push({ id: Number(r.id), text: r.text });
  }
  return out;
}

export interface RuleSignal {
  issueId: number;
  id: string;
  issueType: string;
  sku: string | null;
  batch: string | null;
  receivedAt: Date;
  orderId: string | null;
  customerId: string | null;
  stage: string | null;
  sentiment: string | null;
}

/** What the batch and pre-sale rules read, for the given issues: one statement over the relations signals and orders export. */
export async function ruleSignals(db: Db, ids: number[], from: Date): Promise<RuleSignal[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{
    issue_id: number;
    id: number;
    issue_type: string;
    sku: string | null;
    batch: string | null;
    received_at: Date;
    order_id: string | null;
    customer_id: string | null;
    stage: string | null;
    sentiment_label: string | null;
  }>`
    SELECT i.issue_id, s.id, i.issue_type, s.sku, coalesce(s.batch, o.batch) AS batch, s.received_at, s.order_id, s.customer_id, s.stage, s.sentiment_label
    FROM issue_signals i JOIN ${signalRows()} s ON s.id = i.signal_id LEFT JOIN ${orderRows()} o ON o.order_id = s.order_id
    WHERE i.issue_id = ANY(${ids}::bigint[]) AND i.received_at >= ${from}`.execute(db);
  return rows.rows.map((r) => ({
    issueId: Number(r.issue_id),
    id: String(r.id),
    issueType: r.issue_type,
    sku: r.sku,
    batch: r.batch,
    receivedAt: r.received_at,
    orderId: r.order_id,
    customerId: r.customer_id,
    stage: r.stage,
    sentiment: r.sentiment_label,
  }));
}
