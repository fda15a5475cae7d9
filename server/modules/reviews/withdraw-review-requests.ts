import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { orderRows } from '../orders/index.js';

/**
 * Reviews' part of a customer's erasure: nobody asks an erased customer for a review. Every order
 * of theirs (orders ran first) not yet asked gets its request withdrawn for good (`suppressed`,
 * reason `erased`, which scheduling never reopens; a request already queued keeps its state, so
 * past figures hold), unsent queue items go, and a sent item's last error
 * (which may quote the address it failed on) is cleared. Retention leaves review requests alone:
 * they hold ids and dates, no words.
 */
export async function withdrawReviewRequests(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  if (erasure.scope.kind !== 'customer' || erasure.orderIds.length === 0) return;
  const ids = erasure.orderIds;
  const dropped = await tx
    .deleteFrom('review_request_outbox')
    .where('order_id', 'in', ids)
    .where('sent_at', 'is', null)
    .returning('review_request_id')
    .execute();
  await tx.updateTable('review_request_outbox').set({ last_error: null, customer_id: null }).where('order_id', 'in', ids).execute();
  const withdrawn = await sql<{ id: number }>`
    INSERT INTO review_requests (order_id, customer_id, delivered_at, state, due_at, suppressed_reason, created_at, updated_at)
    SELECT o.order_id, NULL, coalesce(o.delivered_at, ${erasure.at}), 'suppressed', NULL, 'erased', ${erasure.at}, ${erasure.at}
    FROM ${orderRows()} o WHERE o.order_id = ANY(${ids}::text[])
    ON CONFLICT (order_id) DO UPDATE SET state = 'suppressed', due_at = NULL, suppressed_reason = 'erased', customer_id = NULL,
      updated_at = ${erasure.at}
    WHERE review_requests.state IN ('scheduled', 'suppressed') AND review_requests.suppressed_reason IS DISTINCT FROM 'erased'
    RETURNING id`.execute(tx);
  erasure.count('reviewRequests', withdrawn.rows.length + dropped.length);
}
