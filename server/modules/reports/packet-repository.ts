import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface PacketSignal {
  id: number; receivedAt: Date; channel: string; sku: string | null; batch: string | null; issueTypes: string[]; rating: number | null;
  language: string | null; text: string; orderId: string | null;
}

/** Signals about one supplier (its SKUs, or orders it supplied) or one batch, received in [from, to). */
export async function packetSignals(db: Db, f: { supplier?: string; batch?: string; from: Date; to: Date; limit: number }): Promise<PacketSignal[]> {
  const match = f.batch !== undefined
    ? sql`coalesce(s.batch, o.batch) = ${f.batch}`
    : sql`(p.supplier = ${f.supplier} OR o.supplier = ${f.supplier})`;
  const r = await sql<{ id: number; received_at: Date; channel: string; sku: string | null; batch: string | null; issue_types: string[]; rating: number | null; language: string | null; text: string; order_id: string | null }>`
    SELECT s.id, s.received_at, s.channel, s.sku, coalesce(s.batch, o.batch) AS batch, s.issue_types, s.rating, s.language, s.text, s.order_id
    FROM signals s LEFT JOIN orders o ON o.order_id = s.order_id LEFT JOIN products p ON p.sku = s.sku
    WHERE s.received_at >= ${f.from} AND s.received_at < ${f.to} AND ${match}
    ORDER BY s.received_at, s.id LIMIT ${f.limit}`.execute(db);
  return r.rows.map((x) => ({ id: Number(x.id), receivedAt: x.received_at, channel: x.channel, sku: x.sku, batch: x.batch, issueTypes: x.issue_types, rating: x.rating, language: x.language, text: x.text, orderId: x.order_id }));
}

export async function packetAttachments(db: Db, signalIds: number[]): Promise<{ signalId: number; kind: string; url: string }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db.selectFrom('signal_attachments').select(['signal_id', 'kind', 'url']).where('signal_id', 'in', signalIds)
    .where('kind', 'in', ['photo', 'video', 'screenshot']).orderBy('signal_id').orderBy('id').execute();
  return rows.map((r) => ({ signalId: Number(r.signal_id), kind: r.kind, url: r.url }));
}

/** Order records without the customer: what was shipped, how, when, from which batch. */
export interface PacketOrder {
  orderId: string; orderedAt: Date; country: string | null; shippingMethod: string | null; route: string | null;
  promisedMinDays: number | null; promisedMaxDays: number | null; shippedAt: Date | null; deliveredAt: Date | null;
  batch: string | null; supplier: string | null; warehouse: string | null; lines: { sku: string; variant: string | null; qty: number }[];
}

export async function packetOrders(db: Db, orderIds: string[]): Promise<PacketOrder[]> {
  if (orderIds.length === 0) return [];
  const orders = await db.selectFrom('orders').select(['order_id', 'ordered_at', 'country', 'shipping_method', 'route', 'promised_min_days', 'promised_max_days',
    'shipped_at', 'delivered_at', 'batch', 'supplier', 'warehouse']).where('order_id', 'in', orderIds).orderBy('ordered_at').execute();
  const lines = await db.selectFrom('order_lines').select(['order_id', 'sku', 'variant', 'qty']).where('order_id', 'in', orderIds).orderBy('order_id').orderBy('line_no').execute();
  return orders.map((o) => ({
    orderId: o.order_id, orderedAt: o.ordered_at, country: o.country, shippingMethod: o.shipping_method, route: o.route,
    promisedMinDays: o.promised_min_days, promisedMaxDays: o.promised_max_days, shippedAt: o.shipped_at, deliveredAt: o.delivered_at,
    batch: o.batch, supplier: o.supplier, warehouse: o.warehouse,
    lines: lines.filter((l) => l.order_id === o.order_id).map((l) => ({ sku: l.sku, variant: l.variant, qty: l.qty })),
  }));
}
