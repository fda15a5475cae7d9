import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { getOrders } from './order-repository.js';
import type { Order } from './order.js';

/** One customer's orders, newest first (the customer file and its export). */
export async function ordersOfCustomer(db: Kysely<DB> | Transaction<DB>, customerId: string): Promise<Order[]> {
  const ids = await db.selectFrom('orders').select('order_id').where('customer_id', '=', customerId).limit(1000).execute();
  const orders = await getOrders(
    db,
    ids.map((r) => r.order_id),
  );
  return orders.sort((a, b) => b.orderedAt.getTime() - a.orderedAt.getTime());
}
