import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** What later stages read of an order besides its lines: the delivery promise and dates, value, batch and route. */
export interface OrderFacts {
  orderedAt: Date;
  promisedMinDays: number | null;
  promisedMaxDays: number | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  value: number | null;
  batch: string | null;
  route: string | null;
}

/** The facts of these orders by order id (unknown ids are absent). */
export async function orderFacts(db: Db, orderIds: readonly string[]): Promise<Map<string, OrderFacts>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('orders')
    .select(['order_id', 'ordered_at', 'promised_min_days', 'promised_max_days', 'shipped_at', 'delivered_at', 'value', 'batch', 'route'])
    .where('order_id', 'in', [...orderIds])
    .execute();
  return new Map(
    rows.map((r) => [
      r.order_id,
      {
        orderedAt: r.ordered_at,
        promisedMinDays: r.promised_min_days,
        promisedMaxDays: r.promised_max_days,
        shippedAt: r.shipped_at,
        deliveredAt: r.delivered_at,
        value: r.value,
        batch: r.batch,
        route: r.route,
      },
    ]),
  );
}
