/**
 * Answers of /api/signals (server/modules/signals presenters); the inputs are in signal.ts.
 * Lists mask personal data in the wording; the detail view shows the verbatim words.
 */
import type { Finding } from './reviews.js';
import type { Clue, Reason, TriageDetail } from './triage.js';
import type { Channel, IssueType, SlaState } from './vocab.js';

export interface SignalSla {
  state: SlaState | string;
  slaClass: string;
  firstResponseDueAt: string;
  resolutionDueAt: string;
}

/** One signal in GET /api/signals. */
export interface SignalItem {
  id: number;
  channel: Channel;
  externalId: string;
  receivedAt: string;
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
  published: boolean | null;
  handledBy: 'human' | 'automation';
  attachments: { kind: string; url: string }[];
  status: string;
  issueTypes: (IssueType | string)[];
  labelsCorrected: boolean;
  stage: string | null;
  /** Null until triaged. */
  sentiment: { label: string | null; score: number | null } | null;
  clues: (Clue | string)[];
  ownerTeam: string | null;
  /** The person the signal is assigned to (a user id), or null. */
  assigneeId: number | null;
  mustBeHuman: boolean;
  reasons: Reason[];
  slaClass: string | null;
  sla: SignalSla | null;
}
/** GET /api/signals/:id, PATCH /api/signals/:id */
export interface SignalDetail extends SignalItem {
  triage: TriageDetail | null;
}
/** GET /api/signals */
export interface SignalPage {
  items: SignalItem[];
  nextCursor: string | null;
}

/** POST /api/signals with one signal. */
export interface SignalIngested {
  id: number;
  status: 'inserted' | 'duplicate';
  duplicate: boolean;
}
/** POST /api/signals with a batch: one result per item, in order. */
export interface SignalIngestBatch {
  inserted: number;
  duplicates: number;
  results: { index: number; id: number; status: 'inserted' | 'duplicate' }[];
}

export interface Reply {
  id: number;
  at: string;
  author: string;
  byAutomation: boolean;
  public: boolean;
  text: string;
  findings: Finding[];
  overrideReason: string | null;
}
/** GET /api/signals/:id/replies */
export interface ReplyList {
  items: Reply[];
}
/** POST /api/signals/:id/replies: the reply passed the guardrails (or was overridden with a reason). */
export interface ReplyRecorded {
  id: number;
  findings: Finding[];
}

/** POST /api/signals/bulk */
export interface SignalsUpdated {
  updated: number;
}
/** DELETE /api/signals/:id */
export interface SignalDeleted {
  id: number;
  deleted: true;
}
