export interface OrderLine {
  sku: string;
  variant: string | null;
  qty: number;
  price: number;
}
/** One carrier scan; `at` is an ISO date-time in UTC. */
export interface CarrierEvent {
  at: string;
  status: string;
  location: string | null;
}
export interface Order {
  orderId: string;
  customerId: string | null;
  customerEmail: string | null;
  orderedAt: Date;
  value: number | null;
  currency: string;
  country: string | null;
  shippingMethod: string | null;
  route: string | null;
  promisedMinDays: number | null;
  promisedMaxDays: number | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  batch: string | null;
  supplier: string | null;
  warehouse: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  /** Oldest first. */
  carrierEvents: CarrierEvent[];
  /** The charge or payment intent that paid it. */
  paymentRef: string | null;
  cancelledAt: Date | null;
  lines: OrderLine[];
}
export type UpsertStatus = 'inserted' | 'updated' | 'duplicate';
