import { expressionBuilder, sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { orderSupplySubquery } from '../orders/index.js';
import { productSuppliersSubquery } from '../products/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The signal columns a later stage shows beside its own rows (a UGC asset's wording), as a typed
 * subquery it joins in the same statement, under its own ordering and LIMIT.
 */
export function signalWordingSubquery() {
  return expressionBuilder<DB>().selectFrom('signals').select(['id', 'sku', 'channel', 'rating', 'text']);
}

/**
 * The triaged signals with the columns the report rollups count, as a typed subquery: the rollups'
 * full recount groups it (joined to orders' supply subquery) in one statement over the whole store.
 */
export function triagedSignalsSubquery() {
  return expressionBuilder<DB>()
    .selectFrom('signals')
    .select([
      'received_at',
      'sku',
      'channel',
      'stage',
      'issue_types',
      'sentiment_label',
      'must_be_human',
      'handled_by',
      'rating',
      'batch',
      'order_id',
    ])
    .where('triaged_at', 'is not', null);
}

/**
 * Each signal's state for the SLA rollup (when it came, whether it is resolved, whether a human
 * must answer it) and its status history, as typed subqueries the rollup's recount composes with
 * the SLA's and the replies' in one statement per batch of signals.
 */
export function signalStatusSubquery() {
  return expressionBuilder<DB>().selectFrom('signals').select(['id', 'received_at', 'status', 'must_be_human']);
}

/** What a work order is grouped by in the processing-time figures: channel, issue types, stage, SKU. */
export function workOrderSignalsSubquery() {
  return expressionBuilder<DB>().selectFrom('signals').select(['id', 'channel', 'issue_types', 'stage', 'sku']);
}

export function signalStatusChangesSubquery() {
  return expressionBuilder<DB>().selectFrom('signal_status_changes').select(['signal_id', 'at', 'status']);
}

/**
 * Signals of one theme in [from, to), the pool the representative wording is chosen from: the
 * span is cut into `slices` equal parts and each gives its first `perSlice` signals, so the pool
 * covers the whole week and the rows read stay near slices × perSlice however busy the theme is.
 * SKU '*' is every SKU, '' no SKU. Raw SQL: a lateral join over generate_series. With
 * `complaintsOnly`, signals triage read as positive are left out (a thank-you is nothing to act on).
 */
export async function themeWordings(
  db: Db,
  t: { issueType: string; sku: string },
  from: Date,
  to: Date,
  slices: number,
  perSlice: number,
  complaintsOnly = false,
): Promise<{ id: number; text: string; channel: string; receivedAt: Date; handledBy: string; sentiment: string | null }[]> {
  const part = sql`(${to}::timestamptz - ${from}::timestamptz) / ${slices}`;
  const r = await sql<{ id: number; text: string; channel: string; received_at: Date; handled_by: string; sentiment_label: string | null }>`
    SELECT w.id, w.text, w.channel, w.received_at, w.handled_by, w.sentiment_label FROM generate_series(0, ${slices - 1}::int) AS d(n)
    CROSS JOIN LATERAL (
      SELECT id, text, channel, received_at, handled_by, sentiment_label FROM signals
      WHERE ${t.sku === '*' ? sql`true` : t.sku === '' ? sql`sku IS NULL` : sql`sku = ${t.sku}`}
        AND received_at >= ${from}::timestamptz + d.n * ${part} AND received_at < ${from}::timestamptz + (d.n + 1) * ${part}
        AND received_at < ${to} AND ${t.issueType} = ANY(issue_types) AND erased_at IS NULL
        ${complaintsOnly ? sql`AND sentiment_label IS DISTINCT FROM 'positive'` : sql``}
      ORDER BY received_at, id LIMIT ${perSlice}) w
    ORDER BY w.received_at, w.id`.execute(db);
  return r.rows.map((x) => ({
    id: Number(x.id),
    text: x.text,
    channel: x.channel,
    receivedAt: x.received_at,
    handledBy: x.handled_by,
    sentiment: x.sentiment_label,
  }));
}

export interface SupplySignal {
  id: number;
  receivedAt: Date;
  channel: string;
  sku: string | null;
  /** The signal's batch, else its order's. */
  batch: string | null;
  issueTypes: string[];
  rating: number | null;
  language: string | null;
  text: string;
  orderId: string | null;
}

/**
 * Signals about one supplier (its products' SKUs, or orders it supplied) or one batch (the
 * signal's, else its order's), received in [from, to), oldest first, at most `limit`. One
 * statement: the match is on orders' and products' columns under the LIMIT, so their owners'
 * subqueries are joined here rather than read first.
 */
export async function signalsOfSupply(
  db: Db,
  f: { supplier?: string; batch?: string; from: Date; to: Date; limit: number },
): Promise<SupplySignal[]> {
  const rows = await db
    .selectFrom('signals as s')
    .leftJoin(orderSupplySubquery().as('o'), 'o.order_id', 's.order_id')
    .leftJoin(productSuppliersSubquery().as('p'), 'p.sku', 's.sku')
    .select((eb) => [
      's.id',
      's.received_at',
      's.channel',
      's.sku',
      eb.fn.coalesce('s.batch', 'o.batch').as('batch'),
      's.issue_types',
      's.rating',
      's.language',
      's.text',
      's.order_id',
    ])
    .where('s.received_at', '>=', f.from)
    .where('s.received_at', '<', f.to)
    .where((eb) =>
      f.batch !== undefined
        ? eb(eb.fn.coalesce('s.batch', 'o.batch'), '=', f.batch)
        : eb.or([eb('p.supplier', '=', f.supplier ?? null), eb('o.supplier', '=', f.supplier ?? null)]),
    )
    .orderBy('s.received_at')
    .orderBy('s.id')
    .limit(f.limit)
    .execute();
  return rows.map((x) => ({
    id: Number(x.id),
    receivedAt: x.received_at,
    channel: x.channel,
    sku: x.sku,
    batch: x.batch,
    issueTypes: x.issue_types,
    rating: x.rating,
    language: x.language,
    text: x.text,
    orderId: x.order_id,
  }));
}
