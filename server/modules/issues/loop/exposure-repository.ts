import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface OrderCell { day: string; sku: string | null; batch: string | null; route: string | null; market: string | null; orders: number }

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

/** The first day the store has data: a series' own history starts here, not at its first complaint. */
export async function storeStart(db: Db): Promise<{ start: Date | null; hasOrders: boolean }> {
  const r = await sql<{ o: Date | null; s: Date | null }>`
    SELECT (SELECT min(ordered_at) FROM orders) AS o, (SELECT min(received_at) FROM signals) AS s`.execute(db);
  const { o, s } = r.rows[0] ?? { o: null, s: null };
  const start = o && s ? (o < s ? o : s) : o ?? s;
  return { start, hasOrders: o !== null };
}

/** Signals per (SKU, issue type, batch) since `from`: the other batches' ordinary rate. */
export async function typeCountsByBatch(db: Db, from: Date): Promise<{ sku: string; issueType: string; batch: string | null; n: number }[]> {
  const rows = await sql<{ sku: string; issue_type: string; batch: string | null; n: number }>`
    SELECT s.sku, i.issue_type, coalesce(s.batch, o.batch) AS batch, count(*)::int AS n
    FROM issue_signals i JOIN signals s ON s.id = i.signal_id LEFT JOIN orders o ON o.order_id = s.order_id
    WHERE i.received_at >= ${from} AND s.sku IS NOT NULL GROUP BY 1, 2, 3`.execute(db);
  return rows.rows.map((r) => ({ sku: r.sku, issueType: r.issue_type, batch: r.batch, n: r.n }));
}
