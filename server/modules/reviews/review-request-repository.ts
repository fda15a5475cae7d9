import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { ISSUE_TYPES } from '../../../contracts/signal.js';
import { erasedCustomerIds } from '../customers/index.js';
import { orderRows } from '../orders/index.js';
import { openProblemSignalExists } from '../signals/index.js';
import { parseReviewRequestSettings, REVIEW_REQUEST_SETTINGS_KEY, type ReviewRequestSettings } from './review-request-settings.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Every issue type but praise is a problem; must_be_human covers anger, disputes and threats whatever the type. */
export const PROBLEM_TYPES: readonly string[] = ISSUE_TYPES.filter((t) => t !== 'praise');

export async function loadReviewRequestSettings(db: Db): Promise<ReviewRequestSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', REVIEW_REQUEST_SETTINGS_KEY).executeTakeFirst();
  return parseReviewRequestSettings(row?.value);
}

export async function storeReviewRequestSettings(db: Db, s: ReviewRequestSettings, at: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: REVIEW_REQUEST_SETTINGS_KEY, value: JSON.stringify(s) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(s), updated_at: at }))
    .execute();
}

// An open signal on this order, or from this customer on any order, that is a problem or needs a
// human; signals builds the expression so each statement below stays one round trip.
const openProblem = (order: string, customer: string) => openProblemSignalExists(order, customer, PROBLEM_TYPES);

export interface Candidate {
  orderId: string;
  customerId: string | null;
  deliveredAt: Date;
  openProblem: boolean;
  request: { id: number; state: 'scheduled' | 'suppressed'; dueAt: Date | null } | null;
}

/**
 * Delivered orders in the window with no request yet, or one still scheduled or suppressed (but
 * never one withdrawn by an erasure, nor any order of an erased customer), in order id order.
 */
export async function candidatePage(db: Db, o: { now: Date; oldest: Date; after: string; limit: number }): Promise<Candidate[]> {
  const r = await sql<{
    order_id: string;
    customer_id: string | null;
    delivered_at: Date;
    rr_id: number | null;
    state: string | null;
    due_at: Date | null;
    open_problem: boolean;
  }>`
    SELECT o.order_id, o.customer_id, o.delivered_at, rr.id AS rr_id, rr.state, rr.due_at, ${openProblem('o.order_id', 'o.customer_id')} AS open_problem
    FROM ${orderRows()} o LEFT JOIN review_requests rr ON rr.order_id = o.order_id
    WHERE o.delivered_at IS NOT NULL AND o.delivered_at <= ${o.now} AND o.delivered_at >= ${o.oldest}
      AND (rr.id IS NULL OR (rr.state IN ('scheduled', 'suppressed') AND rr.suppressed_reason IS DISTINCT FROM 'erased'))
      AND (o.customer_id IS NULL OR o.customer_id NOT IN ${erasedCustomerIds()})
      AND o.order_id > ${o.after}
    ORDER BY o.order_id LIMIT ${o.limit}`.execute(db);
  return r.rows.map((x) => ({
    orderId: x.order_id,
    customerId: x.customer_id,
    deliveredAt: new Date(x.delivered_at),
    openProblem: x.open_problem,
    request:
      x.rr_id === null
        ? null
        : { id: Number(x.rr_id), state: x.state as 'scheduled' | 'suppressed', dueAt: x.due_at ? new Date(x.due_at) : null },
  }));
}

export interface RequestWrite {
  orderId: string;
  customerId: string | null;
  deliveredAt: Date;
  state: 'scheduled' | 'suppressed' | 'queued';
  dueAt: Date | null;
  reason: string | null;
}

/** Insert or update the one request of an order (unique per order); returns its id. */
export async function putRequest(db: Db, w: RequestWrite, now: Date): Promise<number> {
  const row = await db
    .insertInto('review_requests')
    .values({
      order_id: w.orderId,
      customer_id: w.customerId,
      delivered_at: w.deliveredAt,
      state: w.state,
      due_at: w.dueAt,
      suppressed_reason: w.reason,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('order_id').doUpdateSet({
        state: w.state,
        due_at: w.dueAt,
        suppressed_reason: w.reason,
        delivered_at: w.deliveredAt,
        updated_at: now,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function enqueue(db: Db, requestId: number, w: RequestWrite, now: Date): Promise<boolean> {
  const r = await db
    .insertInto('review_request_outbox')
    .values({
      review_request_id: requestId,
      order_id: w.orderId,
      customer_id: w.customerId,
      due_at: w.dueAt ?? now,
      enqueued_at: now,
      next_attempt_at: now,
    })
    .onConflict((oc) => oc.column('review_request_id').doNothing())
    .returning('id')
    .execute();
  return r.length > 0;
}

export interface OutboxItem {
  id: number;
  requestId: number;
  orderId: string;
  customerId: string | null;
  dueAt: Date;
  enqueuedAt: Date;
  attempts: number;
}

/**
 * Unsent outbox rows whose customer now has an open problem go back to suppressed: a request queued
 * days ago must not go out to someone who has since complained.
 */
export async function withdrawOpenProblems(db: Db, now: Date): Promise<{ orderId: string; customerId: string | null }[]> {
  const r = await sql<{ order_id: string; customer_id: string | null; review_request_id: number }>`
    DELETE FROM review_request_outbox ob WHERE ob.sent_at IS NULL AND ${openProblem('ob.order_id', 'ob.customer_id')}
    RETURNING ob.order_id, ob.customer_id, ob.review_request_id`.execute(db);
  if (r.rows.length === 0) return [];
  await db
    .updateTable('review_requests')
    .set({ state: 'suppressed', suppressed_reason: 'open_problem', updated_at: now })
    .where(
      'id',
      'in',
      r.rows.map((x) => Number(x.review_request_id)),
    )
    .execute();
  return r.rows.map((x) => ({ orderId: x.order_id, customerId: x.customer_id }));
}

function toItem(x: {
  id: number;
  review_request_id: number;
  order_id: string;
  customer_id: string | null;
  due_at: Date;
  enqueued_at: Date;
  attempts: number;
}): OutboxItem {
  return {
    id: Number(x.id),
    requestId: Number(x.review_request_id),
    orderId: x.order_id,
    customerId: x.customer_id,
    dueAt: new Date(x.due_at),
    enqueuedAt: new Date(x.enqueued_at),
    attempts: Number(x.attempts),
  };
}

export async function unsentOutbox(db: Db): Promise<OutboxItem[]> {
  const rows = await db.selectFrom('review_request_outbox').selectAll().where('sent_at', 'is', null).orderBy('id').execute();
  return rows.map(toItem);
}

/** Claims due rows for delivery with a lease (SKIP LOCKED), so two processes never post the same row at once. */
export async function claimOutbox(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<OutboxItem[]> {
  const r = await sql<{
    id: number;
    review_request_id: number;
    order_id: string;
    customer_id: string | null;
    due_at: Date;
    enqueued_at: Date;
    attempts: number;
  }>`
    UPDATE review_request_outbox SET next_attempt_at = ${leaseUntil}, attempts = attempts + 1
    WHERE id IN (SELECT id FROM review_request_outbox WHERE sent_at IS NULL AND next_attempt_at <= ${now}
                 ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, review_request_id, order_id, customer_id, due_at, enqueued_at, attempts`.execute(db);
  return r.rows.map(toItem).sort((a, b) => a.id - b.id);
}

export async function markSent(db: Db, ids: number[], via: 'csv' | 'webhook', at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('review_request_outbox')
    .set({ sent_at: at, sent_via: via, last_error: null })
    .where('id', 'in', ids)
    .where('sent_at', 'is', null)
    .execute();
}

export async function markFailed(db: Db, id: number, error: string, retryAt: Date): Promise<void> {
  await db
    .updateTable('review_request_outbox')
    .set({ last_error: error.slice(0, 500), next_attempt_at: retryAt })
    .where('id', '=', id)
    .execute();
}

export interface StoredReviewRequest {
  id: number;
  orderId: string;
  customerId: string | null;
  deliveredAt: Date;
  state: string;
  dueAt: Date | null;
  suppressedReason: string | null;
  sentAt: Date | null;
  sentVia: string | null;
  attempts: number;
  lastError: string | null;
}

export async function listRequests(
  db: Db,
  f: { state?: string; orderId?: string; limit: number; afterId?: number },
): Promise<StoredReviewRequest[]> {
  let q = db
    .selectFrom('review_requests as rr')
    .leftJoin('review_request_outbox as ob', 'ob.review_request_id', 'rr.id')
    .select([
      'rr.id',
      'rr.order_id',
      'rr.customer_id',
      'rr.delivered_at',
      'rr.state',
      'rr.due_at',
      'rr.suppressed_reason',
      'ob.sent_at',
      'ob.sent_via',
      'ob.attempts',
      'ob.last_error',
    ]);
  if (f.state === 'sent') q = q.where('ob.sent_at', 'is not', null);
  else if (f.state === 'queued') q = q.where('rr.state', '=', 'queued').where('ob.sent_at', 'is', null);
  else if (f.state) q = q.where('rr.state', '=', f.state);
  if (f.orderId) q = q.where('rr.order_id', '=', f.orderId);
  if (f.afterId) q = q.where('rr.id', '>', f.afterId);
  const rows = await q.orderBy('rr.id').limit(f.limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    orderId: r.order_id,
    customerId: r.customer_id,
    deliveredAt: r.delivered_at,
    state: r.state,
    dueAt: r.due_at,
    suppressedReason: r.suppressed_reason,
    sentAt: r.sent_at,
    sentVia: r.sent_via,
    attempts: Number(r.attempts ?? 0),
    lastError: r.last_error,
  }));
}
