import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';

/**
 * Reviews' part of a customer's erasure: nobody asks an erased customer for a review. A request
 * of theirs not yet queued is withdrawn (`suppressed`, reason `erased`; scheduling skips every
 * order of an erased customer from now on), a request already queued keeps its state so past
 * figures hold, unsent queue items go, and a sent item's last error
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
  const withdrawn = await tx
    .updateTable('review_requests')
    .set({ state: 'suppressed', due_at: null, suppressed_reason: 'erased', customer_id: null, updated_at: erasure.at })
    .where('order_id', 'in', ids)
    .where('state', 'in', ['scheduled', 'suppressed'])
    .where((eb) => eb.or([eb('suppressed_reason', 'is', null), eb('suppressed_reason', '<>', 'erased')]))
    .returning('id')
    .execute();
  erasure.count('reviewRequests', withdrawn.length + dropped.length);
}
