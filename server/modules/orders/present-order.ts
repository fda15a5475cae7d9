import type { Order as OrderView } from '../../../contracts/orders.js';
import type { Order } from './order.js';

/** "maria.q@quenby.co.uk" → "m•••@q•••.uk": enough to tell two customers apart on a list, not to write to them. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${email[0]}•••@${domain[0] ?? ''}•••${dot > 0 ? domain.slice(dot) : ''}`;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The API's view of an order. `view: 'list'` masks the customer's email (lists are what gets
 * shared and screenshotted); one order, as an agent opens it, shows it.
 */
export function presentOrder(o: Order, opts: { view?: 'list' | 'detail' } = {}) {
  return {
    orderId: o.orderId,
    customerId: o.customerId,
    customerEmail: o.customerEmail && opts.view === 'list' ? maskEmail(o.customerEmail) : o.customerEmail,
    orderedAt: o.orderedAt.toISOString(),
    value: o.value,
    currency: o.currency,
    country: o.country,
    shippingMethod: o.shippingMethod,
    route: o.route,
    promisedMinDays: o.promisedMinDays,
    promisedMaxDays: o.promisedMaxDays,
    shippedAt: iso(o.shippedAt),
    deliveredAt: iso(o.deliveredAt),
    batch: o.batch,
    supplier: o.supplier,
    warehouse: o.warehouse,
    carrier: o.carrier,
    trackingNumber: o.trackingNumber,
    carrierEvents: o.carrierEvents,
    paymentRef: o.paymentRef,
    cancelledAt: iso(o.cancelledAt),
    lines: o.lines,
  } satisfies OrderView;
}
