import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { getOrders, listOrders as listRows, type OrderFilter } from './order-repository.js';
import type { Order } from './order.js';

export async function listOrders(db: Kysely<DB>, f: OrderFilter): Promise<{ items: Order[]; nextCursor: string | null }> {
  const rows = await listRows(db, { ...f, limit: f.limit + 1 });
  const more = rows.length > f.limit;
  const items = more ? rows.slice(0, f.limit) : rows;
  return { items, nextCursor: more ? items[items.length - 1]!.orderId : null };
}

export async function getOrder(db: Kysely<DB>, orderId: string): Promise<Order> {
  const [o] = await getOrders(db, [orderId]);
  if (!o) throw new AppError('order_not_found', `order ${orderId} does not exist`);
  return o;
}
