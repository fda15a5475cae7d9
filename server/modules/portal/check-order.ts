import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { getOrders, type Order } from '../orders/index.js';
import { countAttempts, recordAttempt } from './complaint-repository.js';
import { LINK_REFUSED_MESSAGE, verifyOrderLink } from './order-link.js';

/** Wrong order/email pairs allowed per address and per order number within the window. */
export const ATTEMPT_LIMITS = { address: 20, order: 10, windowMs: 60 * 60 * 1000 } as const;

/**
 * Before the hard limit, each wrong attempt makes the next one wait longer: the first few are
 * free (people mistype), then 1 s, 2 s, 4 s … doubling up to a minute. An attempt that comes
 * before its wait is over is answered 429 with the seconds left and checks nothing. Counted per
 * address and per order number alike; the longer of the two waits applies.
 */
export const SLOWDOWN = { free: 3, firstMs: 1000, maxMs: 60_000 } as const;

/** How long after the latest of `n` recent wrong attempts the next one may come. */
export function slowdownMs(n: number): number {
  if (n < SLOWDOWN.free) return 0;
  return Math.min(SLOWDOWN.maxMs, SLOWDOWN.firstMs * 2 ** (n - SLOWDOWN.free));
}

/** One sentence whether the order number or the email was wrong: nobody learns which orders exist. */
export const MISMATCH_MESSAGE = 'We could not find an order with this number and email address. Please check both and try again.';

const digest = (s: string) => createHash('sha256').update(s.trim().toLowerCase()).digest();

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** Refuses the attempt when a key is past its limit or still inside its slowdown. */
async function throttle(ctx: Ctx, keys: string[], limits: number[]): Promise<void> {
  const now = ctx.clock.now().getTime();
  const counts = await countAttempts(ctx.db, keys, new Date(now - ATTEMPT_LIMITS.windowMs));
  let waitMs = 0;
  for (const [i, key] of keys.entries()) {
    const c = counts.get(key);
    if (!c) continue;
    if (c.n >= limits[i]!)
      throw new AppError('portal_rate_limited', 'Too many attempts. Please wait an hour and try again.', {
        retryAfterSeconds: ATTEMPT_LIMITS.windowMs / 1000,
      });
    waitMs = Math.max(waitMs, c.last.getTime() + slowdownMs(c.n) - now);
  }
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError('portal_slowed_down', `Too many wrong attempts. Please wait ${seconds} seconds and try again.`, {
      retryAfterSeconds: seconds,
    });
  }
}

/**
 * The order a customer names, when the email is the one on it. Wrong pairs are counted per address
 * and per order number: each makes the next attempt wait longer, and past the limit every attempt
 * from that address (or on that order) is refused until the window passes, right or wrong.
 */
export async function checkOrder(ctx: Ctx, input: { orderNumber: string; email: string }, address: string): Promise<Order> {
  const keys = [`address:${address}`, `order:${input.orderNumber.trim().toLowerCase()}`];
  await throttle(ctx, keys, [ATTEMPT_LIMITS.address, ATTEMPT_LIMITS.order]);
  const [order] = await getOrders(ctx.db, [input.orderNumber.trim()]);
  // Compared as digests so the time taken does not depend on where the emails differ, and an
  // unknown order costs the same comparison as a known one.
  const want = digest(order?.customerEmail ?? 'no order\u0000');
  const match = timingSafeEqual(want, digest(input.email)) && order?.customerEmail != null;
  if (!match) {
    await recordAttempt(ctx.db, keys, ctx.clock.now());
    throw new AppError('portal_order_mismatch', MISMATCH_MESSAGE);
  }
  return order!;
}

/**
 * The order a signed link from the shop's email names. An altered, expired or orphaned link gets
 * one answer and counts as a wrong attempt of the address, like a wrong pair.
 */
export async function checkOrderLink(ctx: Ctx, link: string, address: string): Promise<Order> {
  const keys = [`address:${address}`];
  await throttle(ctx, keys, [ATTEMPT_LIMITS.address]);
  const orderId = await verifyOrderLink(ctx.db, link, ctx.clock.now());
  const [order] = orderId === null ? [] : await getOrders(ctx.db, [orderId]);
  if (!order) {
    await recordAttempt(ctx.db, keys, ctx.clock.now());
    throw new AppError('portal_link_refused', LINK_REFUSED_MESSAGE);
  }
  return order;
}
