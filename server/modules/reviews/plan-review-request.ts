// When to ask for a review. The rule is the same for every delivered order: the inputs are delivery,
// open problems and the configured delay, and deliberately nothing about rating, sentiment or how happy
// the customer seems, so the function cannot gate requests to happy customers even by accident.
// Writeback decides who and when; sending goes through an outbox elsewhere.

export interface OrderForReviewRequest {
  orderId?: string;
  /** ISO 8601 or Date; absent, null or in the future means not delivered yet. */
  deliveredAt?: string | Date | null;
}

export interface PlanReviewRequestInput {
  order: OrderForReviewRequest;
  /** True while the customer has any unresolved ticket, return, dispute or issue on this order. */
  openProblems: boolean;
  /** Days after delivery; configurable per shop, never negative. */
  delayDays: number;
  now: Date;
}

export type ReviewRequestPlan = { dueAt: Date } | { suppressed: 'not_delivered' } | { suppressed: 'open_problem'; routeTo: 'support' };

const DAY_MS = 86_400_000;

export function planReviewRequest({ order, openProblems, delayDays, now }: PlanReviewRequestInput): ReviewRequestPlan {
  if (!Number.isFinite(delayDays) || delayDays < 0) {
    // A negative delay would schedule the ask before delivery, which is the one thing this must never do.
    throw new RangeError(`delayDays must be a number of days >= 0, got ${delayDays}`);
  }
  const delivered = toDate(order.deliveredAt);
  if (!delivered || delivered.getTime() > now.getTime()) return { suppressed: 'not_delivered' };
  // A customer with an open problem gets help first; a review link would read as ignoring them.
  if (openProblems) return { suppressed: 'open_problem', routeTo: 'support' };
  return { dueAt: new Date(delivered.getTime() + delayDays * DAY_MS) };
}

function toDate(value: string | Date | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`order.deliveredAt is not a valid date: ${String(value)}`);
  return d;
}
