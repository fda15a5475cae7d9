export const CONNECTORS = ['shopify', 'woocommerce', 'stripe'] as const;
export type Connector = (typeof CONNECTORS)[number];

export type DeliveryStatus = 'pending' | 'processing' | 'processed' | 'stale' | 'recorded' | 'ignored' | 'failed';

export interface StoredDelivery {
  id: number;
  connector: Connector;
  deliveryKey: string;
  eventKey: string | null;
  topic: string;
  shop: string | null;
  headers: Record<string, string>;
  body: string;
  receivedAt: Date;
  status: DeliveryStatus;
  reason: string | null;
  attempts: number;
}

/** What a handler made of one delivery. */
export interface Outcome {
  status: 'processed' | 'stale' | 'recorded' | 'ignored';
  note?: string;
}

/** The payload cannot be used as it is: kept as a failure with this reason, for a replay after a fix. */
export class PayloadError extends Error {}

/** Something it depends on has not arrived yet (an order after its fulfillment): tried again later. */
export class NotYet extends Error {}
