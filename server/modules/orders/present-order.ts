import type { Order as OrderView } from '../../../contracts/orders.js';
import type { Order } from './order.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** "ana.silva@example.com" → "a•••@example.com": enough to tell two customers apart, not to write to one. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  return at <= 0 ? '•••' : `${email[0]}•••${email.slice(at)}`;
}

/** An order as GET /api/orders/:id shows it; `masked` (lists) hides the customer's email. */
export function presentOrder(o: Order, opts: { masked?: boolean } = {}) {
  return {
    orderId: o.orderId,
    customerId: o.customerId,
    customerEmail: opts.masked ? maskEmail(o.customerEmail) : o.customerEmail,
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
