import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface SkuBatch {
  batch: string | null;
  supplier: string | null;
  orders: number;
  firstOrderedAt: Date;
  lastOrderedAt: Date;
}

/** Batches and suppliers of the SKU as the orders record them. */
export async function skuBatches(db: Kysely<DB>, sku: string): Promise<SkuBatch[]> {
  const rows = await sql<{ batch: string | null; supplier: string | null; n: number; first: Date; last: Date }>`
    SELECT o.batch, o.supplier, count(DISTINCT o.order_id)::int AS n, min(o.ordered_at) AS first, max(o.ordered_at) AS last
    FROM orders o JOIN order_lines l ON l.order_id = o.order_id WHERE l.sku = ${sku}
    GROUP BY 1, 2 ORDER BY min(o.ordered_at)`.execute(db);
  return rows.rows.map((r) => ({ batch: r.batch, supplier: r.supplier, orders: r.n, firstOrderedAt: r.first, lastOrderedAt: r.last }));
}
