/** Answers of /api/orders (server/modules/orders presenters). */
import type { UpsertStatus } from './products.js';

export interface OrderLine {
  sku: string;
  variant: string | null;
  qty: number;
  price: number;
}
/** One carrier scan as the carrier reported it; `at` is ISO 8601 in UTC. */
export interface CarrierEvent {
  at: string;
  status: string;
  location: string | null;
}

/** GET /api/orders/:id */
export interface Order {
  orderId: string;
  customerId: string | null;
  /** Masked ("a•••@example.com") in lists; whole in GET /api/orders/:id. */
  customerEmail: string | null;
  orderedAt: string;
  value: number | null;
  currency: string;
  country: string | null;
  shippingMethod: string | null;
  route: string | null;
  promisedMinDays: number | null;
  promisedMaxDays: number | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  batch: string | null;
  supplier: string | null;
  warehouse: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  carrierEvents: CarrierEvent[];
  paymentRef: string | null;
  cancelledAt: string | null;
  lines: OrderLine[];
}
/** GET /api/orders */
export interface OrderPage {
  items: Order[];
  nextCursor: string | null;
}

export interface OrderUpsert {
  index: number;
  orderId: string;
  status: UpsertStatus;
}
/** POST /api/orders: one item answers an OrderUpsert, a batch this. */
export interface OrderUpsertBatch {
  inserted: number;
  updated: number;
  duplicates: number;
  results: OrderUpsert[];
}
