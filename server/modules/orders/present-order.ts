import type { Order as OrderView } from '../../../contracts/orders.js';
import type { Order } from './order.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentOrder(o: Order) {
  return {
    orderId: o.orderId,
    customerId: o.customerId,
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
