import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface IssueEvidence {
  photos: { signalId: number; kind: string; url: string }[];
  orders: { orderId: string; orderedAt: Date; country: string | null; route: string | null; batch: string | null; supplier: string | null }[];
  batches: { batch: string; supplier: string | null; signals: number }[];
}

/** Evidence behind an issue: customer photos and video, the order records, and the batches named. */
export async function issueEvidence(db: Db, issueId: number, limit = 20): Promise<IssueEvidence> {
  const photos = await sql<{ signal_id: number; kind: string; url: string }>`
    SELECT a.signal_id, a.kind, a.url FROM issue_signals i JOIN signal_attachments a ON a.signal_id = i.signal_id
    WHERE i.issue_id = ${issueId} AND a.kind IN ('photo', 'video') ORDER BY a.id DESC LIMIT ${limit}`.execute(db);
  const orders = await sql<{ order_id: string; ordered_at: Date; country: string | null; route: string | null; batch: string | null; supplier: string | null }>`
    SELECT DISTINCT ON (o.order_id) o.order_id, o.ordered_at, o.country, o.route, o.batch, o.supplier
    FROM issue_signals i JOIN signals s ON s.id = i.signal_id JOIN orders o ON o.order_id = s.order_id
    WHERE i.issue_id = ${issueId} ORDER BY o.order_id, o.ordered_at DESC LIMIT ${limit}`.execute(db);
  const batches = await sql<{ batch: string; supplier: string | null; n: number }>`
    SELECT coalesce(s.batch, o.batch) AS batch, max(o.supplier) AS supplier, count(*)::int AS n
    FROM issue_signals i JOIN signals s ON s.id = i.signal_id LEFT JOIN orders o ON o.order_id = s.order_id
    WHERE i.issue_id = ${issueId} AND coalesce(s.batch, o.batch) IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT ${limit}`.execute(db);
  return {
    photos: photos.rows.map((r) => ({ signalId: Number(r.signal_id), kind: r.kind, url: r.url })),
    orders: orders.rows.map((r) => ({ orderId: r.order_id, orderedAt: r.ordered_at, country: r.country, route: r.route, batch: r.batch, supplier: r.supplier })),
    batches: batches.rows.map((r) => ({ batch: r.batch, supplier: r.supplier, signals: r.n })),
  };
}
