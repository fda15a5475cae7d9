import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { getOrders, type Order } from '../orders/index.js';
import { countAttempts, recordAttempt } from './complaint-repository.js';

/** Wrong order/email pairs allowed per address and per order number within the window. */
export const ATTEMPT_LIMITS = { address: 20, order: 10, windowMs: 60 * 60 * 1000 } as const;

/** One sentence whether the order number or the email was wrong: nobody learns which orders exist. */
export const MISMATCH_MESSAGE = 'We could not find an order with this number and email address. Please check both and try again.';

const digest = (s: string) => createHash('sha256').update(s.trim().toLowerCase()).digest();

/**
 * The order a customer names, when the email is the one on it. Wrong pairs are counted per address
 * and per order number; past the limit every attempt from that address (or on that order) is
 * refused until the window passes, right or wrong, so guessing is slowed to a crawl.
 */
export async function checkOrder(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orderNumber: string; email: string },
  address: string,
): Promise<Order> {
  const now = ctx.clock.now();
  const keys = [`address:${address}`, `order:${input.orderNumber.trim().toLowerCase()}`];
  const counts = await countAttempts(ctx.db, keys, new Date(now.getTime() - ATTEMPT_LIMITS.windowMs));
  if ((counts.get(keys[0]!) ?? 0) >= ATTEMPT_LIMITS.address || (counts.get(keys[1]!) ?? 0) >= ATTEMPT_LIMITS.order) {
    throw new AppError('portal_rate_limited', 'Too many attempts. Please wait an hour and try again.', {
      retryAfterSeconds: ATTEMPT_LIMITS.windowMs / 1000,
    });
  }
  const [order] = await getOrders(ctx.db, [input.orderNumber.trim()]);
  // Compared as digests so the time taken does not depend on where the emails differ, and an
  // unknown order costs the same comparison as a known one.
  const want = digest(order?.customerEmail ?? 'no order\u0000');
  const match = timingSafeEqual(want, digest(input.email)) && order?.customerEmail != null;
  if (!match) {
    await recordAttempt(ctx.db, keys, now);
    throw new AppError('portal_order_mismatch', MISMATCH_MESSAGE);
  }
  return order!;
}
