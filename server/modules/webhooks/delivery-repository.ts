import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Connector, DeliveryStatus, StoredDelivery } from './connector.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface NewDelivery {
  connector: Connector;
  deliveryKey: string;
  eventKey: string | null;
  topic: string;
  shop: string | null;
  headers: Record<string, string>;
  body: string;
  receivedAt: Date;
}

/** Stores a delivery once: a second one with the same delivery or event key stores nothing (false). */
export async function insertDelivery(db: Db, d: NewDelivery): Promise<number | null> {
  const row = await db
    .insertInto('webhook_deliveries')
    .values({
      connector: d.connector,
      delivery_key: d.deliveryKey,
      event_key: d.eventKey,
      topic: d.topic,
      shop: d.shop,
      headers: JSON.stringify(d.headers),
      body: d.body,
      received_at: d.receivedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

export async function countDelivery(db: Db, connector: Connector, kind: 'accepted' | 'duplicate', at: Date): Promise<void> {
  await db
    .insertInto('webhook_counters')
    .values({ connector, [kind]: 1, last_delivery_at: at })
    .onConflict((oc) =>
      oc.column('connector').doUpdateSet((eb) => ({ [kind]: eb(`webhook_counters.${kind}`, '+', 1), last_delivery_at: at })),
    )
    .execute();
}

export async function countRejection(db: Db, connector: Connector, reason: string, at: Date): Promise<void> {
  await db
    .insertInto('webhook_counters')
    .values({ connector, rejected: 1, last_rejected_at: at, last_rejected_reason: reason })
    .onConflict((oc) =>
      oc.column('connector').doUpdateSet((eb) => ({
        rejected: eb('webhook_counters.rejected', '+', 1),
        last_rejected_at: at,
        last_rejected_reason: reason,
      })),
    )
    .execute();
}

export interface Counters {
  connector: Connector;
  accepted: number;
  duplicate: number;
  rejected: number;
  lastDeliveryAt: Date | null;
  lastRejectedAt: Date | null;
  lastRejectedReason: string | null;
}

export async function readCounters(db: Db): Promise<Counters[]> {
  const rows = await db.selectFrom('webhook_counters').selectAll().execute();
  return rows.map((r) => ({
    connector: r.connector as Connector,
    accepted: r.accepted,
    duplicate: r.duplicate,
    rejected: r.rejected,
    lastDeliveryAt: r.last_delivery_at,
    lastRejectedAt: r.last_rejected_at,
    lastRejectedReason: r.last_rejected_reason,
  }));
}

/** A claim older than this belongs to a process that died mid-delivery: the delivery is taken again. */
const STALE_CLAIM_MS = 5 * 60_000;

/**
 * Claims the oldest delivery due for work. SKIP LOCKED and the claim time let several processes
 * work the queue without taking the same delivery; handlers are idempotent, so a delivery taken
 * again after a crash changes nothing twice.
 */
export async function claimNextDelivery(db: Kysely<DB>, now: Date): Promise<StoredDelivery | null> {
  const res = await sql<Record<string, unknown>>`
    UPDATE webhook_deliveries SET status = 'processing', claimed_at = ${now}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM webhook_deliveries
      WHERE (status = 'pending' AND (not_before IS NULL OR not_before <= ${now}))
         OR (status = 'processing' AND claimed_at < ${new Date(now.getTime() - STALE_CLAIM_MS)})
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  const r = res.rows[0];
  return r ? toDelivery(r) : null;
}

export async function finishDelivery(
  db: Db,
  id: number,
  status: DeliveryStatus,
  reason: string | null,
  at: Date,
  notBefore: Date | null = null,
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status, reason, processed_at: status === 'pending' ? null : at, not_before: notBefore, claimed_at: null })
    .where('id', '=', id)
    .execute();
}

/** Takes a kept delivery for a replay now: false when it is being worked at this moment. */
export async function claimForReplay(db: Db, id: number, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'processing', not_before: null, claimed_at: now, attempts: 1 })
    .where('id', '=', id)
    .where('status', '!=', 'processing')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function getDelivery(db: Db, id: number): Promise<StoredDelivery | null> {
  const r = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toDelivery(r as unknown as Record<string, unknown>) : null;
}

export interface DeliverySummary {
  id: number;
  connector: Connector;
  topic: string;
  receivedAt: Date;
  status: DeliveryStatus;
  reason: string | null;
  bytes: number;
}

/** Failures (newest first), and the deliveries still waiting, per connector. */
export async function listOpenDeliveries(db: Db, limit: number): Promise<DeliverySummary[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(['id', 'connector', 'topic', 'received_at', 'status', 'reason', sql<number>`octet_length(body)::int`.as('bytes')])
    .where('status', 'in', ['failed', 'pending', 'processing', 'recorded'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    connector: r.connector as Connector,
    topic: r.topic,
    receivedAt: r.received_at,
    status: r.status as DeliveryStatus,
    reason: r.reason,
    bytes: r.bytes,
  }));
}

function toDelivery(r: Record<string, unknown>): StoredDelivery {
  return {
    id: Number(r.id),
    connector: r.connector as Connector,
    deliveryKey: r.delivery_key as string,
    eventKey: (r.event_key as string | null) ?? null,
    topic: r.topic as string,
    shop: (r.shop as string | null) ?? null,
    headers: (typeof r.headers === 'string' ? JSON.parse(r.headers) : r.headers) as Record<string, string>,
    body: r.body as string,
    receivedAt: new Date(r.received_at as string | Date),
    status: r.status as DeliveryStatus,
    reason: (r.reason as string | null) ?? null,
    attempts: Number(r.attempts),
  };
}

/**
 * Records that the sender's state of a resource as of `updatedAt` was applied, unless a newer one
 * already was: false then, and the caller drops the delivery as a stale replay.
 */
export async function advanceResource(db: Db, connector: Connector, kind: string, externalId: string, updatedAt: Date): Promise<boolean> {
  const r = await sql<{ ok: number }>`
    INSERT INTO webhook_resources (connector, kind, external_id, source_updated_at)
    VALUES (${connector}, ${kind}, ${externalId}, ${updatedAt})
    ON CONFLICT (connector, kind, external_id) DO UPDATE SET source_updated_at = EXCLUDED.source_updated_at
      WHERE webhook_resources.source_updated_at <= EXCLUDED.source_updated_at
    RETURNING 1 AS ok`.execute(db);
  return r.rows.length > 0;
}

export async function resourceUpdatedAt(db: Db, connector: Connector, kind: string, externalId: string): Promise<Date | null> {
  const r = await db
    .selectFrom('webhook_resources')
    .select('source_updated_at')
    .where('connector', '=', connector)
    .where('kind', '=', kind)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return r?.source_updated_at ?? null;
}
