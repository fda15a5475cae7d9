/** Answers of /api/connections (server/modules/webhooks presenters) and its inputs. */
import { z } from 'zod';
import { storable } from './input.js';

export const CONNECTOR_KINDS = ['shopify', 'woocommerce', 'stripe'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export interface ConnectionFailure {
  deliveryId: number;
  topic: string;
  receivedAt: string;
  /** failed: kept for a replay; pending: waiting its turn or for what it needs; recorded: kept for a person to act on. */
  status: 'failed' | 'pending' | 'processing' | 'recorded';
  reason: string | null;
  bytes: number;
}

export interface Connection {
  connector: ConnectorKind;
  name: string;
  /** Where the secret comes from; its value is never answered. */
  secret: 'environment' | 'page' | 'missing';
  /** An older secret still verifies (a rotation). */
  rotating: boolean;
  /** The address to paste into the shop's or Stripe's webhook settings. */
  url: string;
  /** The topics or events to subscribe to there. */
  topics: string[];
  lastDeliveryAt: string | null;
  counts: { accepted: number; duplicate: number; rejected: number };
  lastRejection: { at: string; reason: string } | null;
  failures: ConnectionFailure[];
}

/** GET /api/connections */
export interface ConnectionList {
  items: Connection[];
}

/** POST /api/connections/deliveries/:id/replay */
export interface ReplayResult {
  deliveryId: number;
  status: string;
  reason: string | null;
}

export const connectorSecretInput = storable(
  z
    .object({
      /** An empty secret removes the one set on the page. */
      secret: z.string().max(500),
    })
    .strict(),
);

/** POST /webhooks/:connector: what the sender is told (it only reads the status). */
export interface WebhookReceipt {
  received: true;
  duplicate: boolean;
}
