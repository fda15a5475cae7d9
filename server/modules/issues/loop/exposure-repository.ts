import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { firstOrderAt, orderRows } from '../../orders/index.js';
import { firstSignalAt, signalRows } from '../../signals/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The first day the store has data: a series' own history starts here, not at its first
 * complaint. Orders and signals each say when theirs began.
 */
export async function storeStart(db: Db): Promise<{ start: Date | null; hasOrders: boolean }> {
  const o = await firstOrderAt(db);
  const s = await firstSignalAt(db);
  const start = o && s ? (o < s ? o : s) : (o ?? s);
  return { start, hasOrders: o !== null };
}

/**
 * Signals per (SKU, issue type, batch) since `from`: the other batches' ordinary rate. One
 * statement over the relations signals and orders export, not a read per signal.
 */
export async function typeCountsByBatch(
  db: Db,
  from: Date,
): Promise<{ sku: string; issueType: string; batch: string | null; n: number }[]> {
  const rows = await sql<{ sku: string; issue_type: string; batch: string | null; n: number }>`
    SELECT s.sku, i.issue_type, coalesce(s.batch, o.batch) AS batch, count(*)::int AS n
    FROM issue_signals i JOIN ${signalRows()} s ON s.id = i.signal_id LEFT JOIN ${orderRows()} o ON o.order_id = s.order_id
    WHERE i.received_at >= ${from} AND s.sku IS NOT NULL GROUP BY 1, 2, 3`.execute(db);
  return rows.rows.map((r) => ({ sku: r.sku, issueType: r.issue_type, batch: r.batch, n: r.n }));
}
