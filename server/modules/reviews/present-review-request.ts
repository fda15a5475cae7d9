import type { ReviewRequest } from '../../../contracts/reviews.js';
import type { StoredReviewRequest } from './review-request-repository.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function presentReviewRequest(r: StoredReviewRequest) {
  return {
    id: r.id,
    orderId: r.orderId,
    customerId: r.customerId,
    deliveredAt: iso(r.deliveredAt),
    dueAt: iso(r.dueAt),
    state: r.sentAt ? 'sent' : r.state,
    suppressedReason: r.suppressedReason,
    routedTo: r.state === 'suppressed' ? 'support' : null,
    sentAt: iso(r.sentAt),
    sentVia: r.sentVia,
    attempts: r.attempts,
    lastError: r.lastError,
  } satisfies ReviewRequest;
}
