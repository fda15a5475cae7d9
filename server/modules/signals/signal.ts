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
  /** The review platform's published/hidden state, when imported; null = not known. */
  published: boolean | null;
  handledBy: 'human' | 'automation';
  attachments: { kind: string; url: string }[];
  status: string;
  /** The person the signal is assigned to (a user id), or null. */
  assigneeId: number | null;
  labelsCorrected: boolean;
  /** Null until triaged (only between insert and triage inside one transaction, or after a crash). */
  triage: {
    issueTypes: string[];
    stage: string | null;
    sentiment: { label: string | null; score: number | null };
    clues: string[];
    ownerTeam: string | null;
    mustBeHuman: boolean;
    slaClass: string | null;
    version: string | null;
    detail: Record<string, unknown> | null;
  } | null;
}

export type IngestStatus = 'inserted' | 'duplicate';
export interface IngestResult {
  index: number;
  id: number;
  status: IngestStatus;
}

/**
 * The triage a signal row carries, as the insert and the re-triage update write it (lists joined
 * by commas, the detail as JSON). The triage stage computes it; signals owns the columns.
 */
export interface SignalTriageColumns {
  issueTypes: string;
  stage: string;
  sentimentLabel: string;
  sentimentScore: number;
  clues: string;
  ownerTeam: string;
  mustBeHuman: boolean;
  slaClass: string;
  triage: string;
  language: string | null;
}
