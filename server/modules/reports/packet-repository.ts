import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { attachmentsOf } from '../signals/index.js';
import { getOrders } from '../orders/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface PacketSignal {
  id: number;
  receivedAt: Date;
  channel: string;
  sku: string | null;
  batch: string | null;
  issueTypes: string[];
  rating: number | null;
  language: string | null;
  text: string;
  orderId: string | null;
}

/** Signals about one supplier (its SKUs, or orders it supplied) or one batch, received in [from, to). */
export async function packetSignals(
  db: Db,
  f: { supplier?: string; batch?: string; from: Date; to: Date; limit: number },
): Promise<PacketSignal[]> {
  const match =
    f.batch !== undefined ? sql`coalesce(s.batch, o.batch) = ${f.batch}` : sql`(p.supplier = ${f.supplier} OR o.supplier = ${f.supplier})`;
  const r = await sql<{
    id: number;
    received_at: Date;
    channel: string;
    sku: string | null;
    batch: string | null;
    issue_types: string[];
    rating: number | null;
    language: string | null;
    text: string;
    order_id: string | null;
  }>`
    SELECT s.id, s.received_at, s.channel, s.sku, coalesce(s.batch, o.batch) AS batch, s.issue_types, s.rating, s.language, s.text, s.order_id
    FROM signals s LEFT JOIN orders o ON o.order_id = s.order_id LEFT JOIN products p ON p.sku = s.sku
    WHERE s.received_at >= ${f.from} AND s.received_at < ${f.to} AND ${match}
    ORDER BY s.received_at, s.id LIMIT ${f.limit}`.execute(db);
  return r.rows.map((x) => ({
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

/** Photos, videos and screenshots of these signals (signals' read). */
export async function packetAttachments(db: Db, signalIds: number[]): Promise<{ signalId: number; kind: string; url: string }[]> {
  return attachmentsOf(db, signalIds, ['photo', 'video', 'screenshot']);
}

/** Order records without the customer: what was shipped, how, when, from which batch. */
export interface PacketOrder {
  orderId: string;
  orderedAt: Date;
  country: string | null;
  shippingMethod: string | null;
  route: string | null;
  promisedMinDays: number | null;
  promisedMaxDays: number | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  batch: string | null;
  supplier: string | null;
  warehouse: string | null;
  lines: { sku: string; variant: string | null; qty: number }[];
}

/** Orders' own read, ordered by when they were placed, without the customer. */
export async function packetOrders(db: Db, orderIds: string[]): Promise<PacketOrder[]> {
  const orders = (await getOrders(db, orderIds)).sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime());
  return orders.map((o) => ({
    orderId: o.orderId,
    orderedAt: o.orderedAt,
    country: o.country,
    shippingMethod: o.shippingMethod,
    route: o.route,
    promisedMinDays: o.promisedMinDays,
    promisedMaxDays: o.promisedMaxDays,
    shippedAt: o.shippedAt,
    deliveredAt: o.deliveredAt,
    batch: o.batch,
    supplier: o.supplier,
    warehouse: o.warehouse,
    lines: o.lines.map((l) => ({ sku: l.sku, variant: l.variant, qty: l.qty })),
  }));
}
