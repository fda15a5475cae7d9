import type { Channel } from '../../../contracts/signal.js';

/** A signal as the domain sees it (never a row). */
export interface Signal {
  id: number;
  channel: Channel;
  externalId: string;
  receivedAt: Date;
  text: string;
  title: string | null;
  rating: number | null;
  sku: string | null;
  variant: string | null;
  batch: string | null;
  orderId: string | null;
  customerId: string | null;
  customerTier: string | null;
  language: string | null;
  public: boolean;
  handledBy: 'human' | 'automation';
  demo: boolean;
  attachments: { kind: string; url: string }[];
}

export type IngestStatus = 'inserted' | 'duplicate';
export interface IngestResult { index: number; id: number; status: IngestStatus }
