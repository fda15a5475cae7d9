/**
 * A customer's data on request (server/modules/customers: erase and retention; server/modules/
 * reports: the customer file and its export). Inputs are zod schemas, answers are types.
 */
import { z } from 'zod';
import type { Order } from './orders.js';

/** What one erasure removed or redacted, by kind; rollup counts are never among them (they stay, anonymous). */
export interface ErasureCounts {
  /** Orders whose email and carrier-scan locations were removed. */
  orders: number;
  /** Email addresses removed from orders. */
  emails: number;
  /** Signals whose words, title and source id were redacted. */
  signals: number;
  /** Attachments (photos, videos, links) deleted. */
  attachments: number;
  /** Replies to the customer whose text was redacted. */
  replies: number;
  /** Issues and themes whose representative wording was this customer's. */
  wordings: number;
  /** Review requests withdrawn (and queued sends dropped). */
  reviewRequests: number;
  /** UGC assets whose media and notes were removed. */
  ugcAssets: number;
  /** Permission grants revoked on every channel. */
  grantsRevoked: number;
  /** Stored reports (weekly snapshots) that quoted the customer. */
  reports: number;
  /** Events in the log whose payload was redacted. */
  events: number;
}

export const ERASURE_COUNT_KEYS = [
  'orders',
  'emails',
  'signals',
  'attachments',
  'replies',
  'wordings',
  'reviewRequests',
  'ugcAssets',
  'grantsRevoked',
  'reports',
  'events',
] as const satisfies readonly (keyof ErasureCounts)[];

/** POST /api/customers/:customerId/erase */
export interface CustomerErasure {
  customerId: string;
  erasedAt: string;
  counts: ErasureCounts;
}

export const eraseCustomerInput = z
  .object({
    /** Who asked (recorded as the event's actor until accounts exist). */
    actor: z.string().min(1).max(200).default('seller'),
  })
  .strict();

/** GET and PUT /api/settings/retention */
export interface RetentionSetting {
  /** Customer text older than this many months is erased by the retention job; null: kept. */
  months: number | null;
  /** Where the value comes from: the settings API, the WRITEBACK_RETENTION_MONTHS variable, or neither. */
  source: 'settings' | 'environment' | 'none';
}

export const retentionInput = z
  .object({
    months: z.number().int().min(1).max(600).nullable(),
    actor: z.string().min(1).max(200).default('seller'),
  })
  .strict();

/** One signal of a customer, as an agent reads their history. */
export interface CustomerSignal {
  id: number;
  channel: string;
  receivedAt: string;
  text: string;
  title: string | null;
  rating: number | null;
  sku: string | null;
  orderId: string | null;
  status: string;
  issueTypes: string[];
  attachments: { kind: string; url: string }[];
  erased: boolean;
  replies: { id: number; at: string; author: string; public: boolean; text: string }[];
}

/** GET /api/customers/:customerId */
export interface CustomerFile {
  customerId: string;
  tier: string | null;
  erasedAt: string | null;
  orders: Order[];
  signals: CustomerSignal[];
  ugcAssets: { id: number; signalId: number; kind: string; mediaUrl: string | null; note: string | null }[];
}
