import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface OrderCell {
  day: string;
  sku: string | null;
  batch: string | null;
  route: string | null;
  market: string | null;
  orders: number;
}

/**
 * Orders per UTC day and (SKU, batch, route, market) since `from`: the exposure a complaint
 * count is judged against. With `sku: null` rows the store's orders per day regardless of SKU.
 */
export async function dailyOrderCells(db: Db, from: Date): Promise<{ bySku: OrderCell[]; byStore: OrderCell[] }> {
  const bySku = await sql<{ day: string; sku: string; batch: string | null; route: string | null; market: string | null; n: number }>`
    SELECT to_char(o.ordered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, l.sku, o.batch, o.route, upper(o.country) AS market,
      count(DISTINCT o.order_id)::int AS n
    FROM orders o JOIN order_lines l ON l.order_id = o.order_id
    WHERE o.ordered_at >= ${from} GROUP BY 1, 2, 3, 4, 5`.execute(db);
  const byStore = await sql<{ day: string; route: string | null; market: string | null; n: number }>`
    SELECT to_char(ordered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, route, upper(country) AS market, count(*)::int AS n
    FROM orders WHERE ordered_at >= ${from} GROUP BY 1, 2, 3`.execute(db);
  return {
    bySku: bySku.rows.map((r) => ({ day: r.day, sku: r.sku, batch: r.batch, route: r.route, market: r.market, orders: r.n })),
    byStore: byStore.rows.map((r) => ({ day: r.day, sku: null, batch: null, route: r.route, market: r.market, orders: r.n })),
  };
}

/** When the first order was placed, or null with no orders. */
export async function firstOrderAt(db: Db): Promise<Date | null> {
  const r = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.min('ordered_at').as('at'))
    .executeTakeFirst();
  return (r?.at as Date | null | undefined) ?? null;
}

/**
 * When the orders of a SKU (any SKU with '*'), on a route and in a market when given, were
 * placed in [from, to): the exposure of a rate before and after a change.
 */
export async function orderDates(
  db: Db,
  f: { sku: string; route: string | null; market: string | null; from: Date; to: Date },
): Promise<Date[]> {
  const anySku = f.sku === '*';
  const rows = await sql<{ ordered_at: Date }>`
    SELECT o.ordered_at FROM orders o
    WHERE o.ordered_at >= ${f.from} AND o.ordered_at < ${f.to}
      AND (${anySku} OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id AND l.sku = ${f.sku}))
      AND (${f.route}::text IS NULL OR o.route = ${f.route})
      AND (${f.market}::text IS NULL OR upper(o.country) = ${f.market})`.execute(db);
  return rows.rows.map((r) => r.ordered_at);
}

/** Orders placed in [from, to) per SKU they contain (an order with two SKUs counts for each): the base of complaints per 100 orders. */
export async function ordersPerSku(db: Db, from: Date, to: Date): Promise<Map<string, number>> {
  const r = await sql<{ sku: string; n: number }>`
    SELECT l.sku, count(DISTINCT o.order_id)::int AS n
    FROM orders o JOIN order_lines l ON l.order_id = o.order_id
    WHERE o.ordered_at >= ${from} AND o.ordered_at < ${to} GROUP BY l.sku`.execute(db);
  return new Map(r.rows.map((x) => [x.sku, Number(x.n)]));
}
