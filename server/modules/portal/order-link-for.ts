import type { OrderLinkView } from '../../../contracts/portal.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { getOrders } from '../orders/index.js';
import { LINK_DAYS, signOrderLink } from './order-link.js';

/** The signed link staff put in an order's emails (API and `writeback portal link`). */
export async function orderLinkFor(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  orderId: string,
  days: number = LINK_DAYS.default,
): Promise<OrderLinkView> {
  const [order] = await getOrders(ctx.db, [orderId]);
  if (!order) throw new AppError('order_not_found', `order ${orderId.slice(0, 100)} does not exist`);
  const { link, expiresAt } = await signOrderLink(ctx.db, order.orderId, ctx.clock.now(), days);
  return { orderId: order.orderId, link, path: `/portal#link=${link}`, expiresAt: expiresAt.toISOString() };
}
