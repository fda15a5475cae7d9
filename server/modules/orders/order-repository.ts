import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, OrdersTable } from '../../platform/db/schema.js';
import type { OrderInput } from '../../../contracts/signal.js';
import type { CarrierEvent, Order } from './order.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Inserts the orders not yet known; returns the ids it inserted. */
export async function insertOrders(db: Db, items: OrderInput[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const col = <T>(f: (o: OrderInput) => T) => items.map(f);
  const res = await sql<{ order_id: string }>`
    INSERT INTO orders (order_id, customer_id, ordered_at, value, currency, country, shipping_method, route,
      promised_min_days, promised_max_days, shipped_at, delivered_at, batch, supplier, warehouse,
      carrier, tracking_number, carrier_events, payment_ref, cancelled_at, customer_email)
    SELECT * FROM unnest(
      ${col((o) => o.orderId)}::text[], ${col((o) => o.customerId ?? null)}::text[], ${col((o) => o.orderedAt)}::timestamptz[],
      ${col((o) => o.value ?? null)}::numeric[], ${col((o) => o.currency)}::text[], ${col((o) => o.country ?? null)}::text[],
      ${col((o) => o.shippingMethod ?? null)}::text[], ${col((o) => o.route ?? null)}::text[],
      ${col((o) => o.promisedMinDays ?? null)}::int[], ${col((o) => o.promisedMaxDays ?? null)}::int[],
      ${col((o) => o.shippedAt ?? null)}::timestamptz[], ${col((o) => o.deliveredAt ?? null)}::timestamptz[],
      ${col((o) => o.batch ?? null)}::text[], ${col((o) => o.supplier ?? null)}::text[], ${col((o) => o.warehouse ?? null)}::text[],
      ${col((o) => o.carrier ?? null)}::text[], ${col((o) => o.trackingNumber ?? null)}::text[],
      ${col((o) => JSON.stringify(carrierEvents(o)))}::jsonb[],
      ${col((o) => o.paymentRef ?? null)}::text[], ${col((o) => o.cancelledAt ?? null)}::timestamptz[],
      ${col((o) => o.customerEmail ?? null)}::text[])
    ON CONFLICT (order_id) DO NOTHING
    RETURNING order_id`.execute(db);
  const inserted = new Set(res.rows.map((r) => r.order_id));
  const lines = items
    .filter((o) => inserted.has(o.orderId))
    .flatMap((o) =>
      o.lines.map((l, i) => ({
        order_id: o.orderId,
        line_no: i + 1,
        sku: l.sku,
        variant: l.variant ?? null,
        qty: l.qty,
        price: l.price,
      })),
    );
  for (let i = 0; i < lines.length; i += 5000)
    await db
      .insertInto('order_lines')
      .values(lines.slice(i, i + 5000))
      .execute();
  return inserted;
}

export async function updateOrder(db: Db, o: OrderInput): Promise<void> {
  await db
    .updateTable('orders')
    .set({
      customer_id: o.customerId ?? null,
      ordered_at: o.orderedAt,
      value: o.value ?? null,
      currency: o.currency,
      country: o.country ?? null,
      shipping_method: o.shippingMethod ?? null,
      route: o.route ?? null,
      promised_min_days: o.promisedMinDays ?? null,
      promised_max_days: o.promisedMaxDays ?? null,
      shipped_at: o.shippedAt ?? null,
      delivered_at: o.deliveredAt ?? null,
      batch: o.batch ?? null,
      supplier: o.supplier ?? null,
      warehouse: o.warehouse ?? null,
      carrier: o.carrier ?? null,
      tracking_number: o.trackingNumber ?? null,
      carrier_events: JSON.stringify(carrierEvents(o)),
      payment_ref: o.paymentRef ?? null,
      cancelled_at: o.cancelledAt ?? null,
      customer_email: o.customerEmail ?? null,
    })
    .where('order_id', '=', o.orderId)
    .execute();
  await db.deleteFrom('order_lines').where('order_id', '=', o.orderId).execute();
  await db
    .insertInto('order_lines')
    .values(
      o.lines.map((l, i) => ({
        order_id: o.orderId,
        line_no: i + 1,
        sku: l.sku,
        variant: l.variant ?? null,
        qty: l.qty,
        price: l.price,
      })),
    )
    .execute();
}

export async function getOrders(db: Db, ids: string[]): Promise<Order[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('orders').selectAll().where('order_id', 'in', ids).execute();
  return withLines(db, rows);
}

/** The orders paid by any of these charges or payment intents (a dispute names both). */
export async function ordersByPaymentRef(db: Db, refs: string[]): Promise<Order[]> {
  if (refs.length === 0) return [];
  return withLines(db, await db.selectFrom('orders').selectAll().where('payment_ref', 'in', refs).orderBy('order_id').execute());
}

export interface OrderFilter {
  sku?: string;
  from?: Date;
  to?: Date;
  route?: string;
  batch?: string;
  cursor?: string;
  limit: number;
}

/** Ordered by order id so the cursor is simply the last id seen. */
export async function listOrders(db: Db, f: OrderFilter): Promise<Order[]> {
  let q = db.selectFrom('orders').selectAll();
  if (f.sku) q = q.where('order_id', 'in', db.selectFrom('order_lines').select('order_id').where('sku', '=', f.sku));
  if (f.from) q = q.where('ordered_at', '>=', f.from);
  if (f.to) q = q.where('ordered_at', '<', f.to);
  if (f.route) q = q.where('route', '=', f.route);
  if (f.batch) q = q.where('batch', '=', f.batch);
  if (f.cursor) q = q.where('order_id', '>', f.cursor);
  return withLines(db, await q.orderBy('order_id').limit(f.limit).execute());
}

async function withLines(db: Db, rows: Selectable<OrdersTable>[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const lines = await db
    .selectFrom('order_lines')
    .selectAll()
    .where(
      'order_id',
      'in',
      rows.map((r) => r.order_id),
    )
    .orderBy('order_id')
    .orderBy('line_no')
    .execute();
  const by = new Map<string, Order['lines']>();
  for (const l of lines)
    (by.get(l.order_id) ?? by.set(l.order_id, []).get(l.order_id)!).push({
      sku: l.sku,
      variant: l.variant,
      qty: l.qty,
      price: Number(l.price),
    });
  return rows.map((r) => ({
    orderId: r.order_id,
    customerId: r.customer_id,
    customerEmail: r.customer_email,
    orderedAt: r.ordered_at,
    value: r.value === null ? null : Number(r.value),
    currency: r.currency.trim(),
    country: r.country,
    shippingMethod: r.shipping_method,
    route: r.route,
    promisedMinDays: r.promised_min_days,
    promisedMaxDays: r.promised_max_days,
    shippedAt: r.shipped_at,
    deliveredAt: r.delivered_at,
    batch: r.batch,
    supplier: r.supplier,
    warehouse: r.warehouse,
    carrier: r.carrier,
    trackingNumber: r.tracking_number,
    carrierEvents: r.carrier_events,
    paymentRef: r.payment_ref,
    cancelledAt: r.cancelled_at,
    lines: by.get(r.order_id) ?? [],
  }));
}

/** The scans as stored: times in UTC ISO form, absent locations null, oldest first. */
export function carrierEvents(o: Pick<OrderInput, 'carrierEvents'>): CarrierEvent[] {
  return (o.carrierEvents ?? [])
    .map((e) => ({ at: new Date(e.at).toISOString(), status: e.status, location: e.location ?? null }))
    .sort((a, b) => a.at.localeCompare(b.at));
}
