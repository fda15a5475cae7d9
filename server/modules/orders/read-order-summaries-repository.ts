import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface OrderSummary {
  orderId: string;
  orderedAt: Date;
  country: string | null;
  route: string | null;
  batch: string | null;
  supplier: string | null;
}

/** These orders' where and what (no lines), by order id; with a limit, the first ones by id. */
export async function orderSummaries(db: Db, orderIds: readonly string[], limit?: number): Promise<OrderSummary[]> {
  if (orderIds.length === 0) return [];
  let q = db
    .selectFrom('orders')
    .select(['order_id', 'ordered_at', 'country', 'route', 'batch', 'supplier'])
    .where('order_id', 'in', [...orderIds])
    .orderBy('order_id');
  if (limit !== undefined) q = q.limit(limit);
  return (await q.execute()).map((r) => ({
    orderId: r.order_id,
    orderedAt: r.ordered_at,
    country: r.country,
    route: r.route,
    batch: r.batch,
    supplier: r.supplier,
  }));
}
