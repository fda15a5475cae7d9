/**
 * Answers of the reviews doors (server/modules/reviews): the review response decision, the live
 * reply check, and review requests. Offsets are UTF-16 indexes into the reply text.
 */
import type { IssueType } from './vocab.js';

export type GuardrailCode =
  | 'pii_order_number'
  | 'pii_email'
  | 'pii_phone'
  | 'pii_address'
  | 'asks_private_details_in_public'
  | 'asks_for_card_secrets'
  | 'argues_with_customer'
  | 'blames_carrier'
  | 'absolute_promise'
  | 'uncontrolled_date_promise'
  | 'discount_only_answer'
  | 'asks_to_change_review'
  | 'incentive_for_positive_review'
  | 'generic_template'
  | 'answers_nothing';

/** One guardrail finding: `text.slice(start, end)` is the offending words. */
export interface Finding {
  code: GuardrailCode;
  start: number;
  end: number;
  reason: string;
  blocking: boolean;
}

/** POST /api/replies/check */
export interface ReplyCheck {
  findings: Finding[];
  blocking: boolean;
}

export interface ReviewResponseDecision {
  primaryIssueType: IssueType | 'unknown';
  issueTypes: IssueType[];
  /** `detail` says what the store already knows (e.g. the carrier's last scan). */
  evidenceToGather: { kind: string; reason: string; known: boolean; detail?: string }[];
  publicReplyDraft: string;
  /** The draft's own guardrail result; never blocking. */
  draftFindings: Finding[];
  privateAction: string;
  batchCheck: 'already_open' | 'open_one' | 'not_needed';
  writeBackLocation: string;
  blockedMove: { move: string; reason: string };
  reviewMetric: { metric: string; windowDays: number };
}

export interface CarrierSummary {
  carrier: string | null;
  trackingNumber: string | null;
  scans: number;
  last: { status: string; at: string; location: string | null };
  deliveredAt: string | null;
  /** Whole days; null when no stretch is long enough to mention. */
  longestGap: { days: number; from: string; to: string; untilReview: boolean } | null;
}

/** GET /api/signals/:id/review-response */
export interface ReviewResponse {
  signalId: number;
  public: boolean;
  decision: ReviewResponseDecision;
  facts: {
    orderId: string | null;
    batch: string | null;
    orderedAt: string | null;
    shippedAt: string | null;
    deliveredAt: string | null;
    promisedDays: { min: number | null; max: number | null } | null;
    firstSupportReplyAt: string | null;
    photos: number;
    /** The carrier's scans summed up; null when the order has none. */
    carrier: CarrierSummary | null;
  };
  linkedCase: { source: string; openIssueId?: string; openBatchCheck: boolean; similarOpenSignals: number };
  /** The draft checked as a public reply with the customer's words as context. */
  findings: Finding[];
}

export interface ReviewRequest {
  id: number;
  orderId: string;
  customerId: string | null;
  deliveredAt: string | null;
  dueAt: string | null;
  state: string;
  suppressedReason: string | null;
  routedTo: string | null;
  sentAt: string | null;
  sentVia: string | null;
  attempts: number;
  lastError: string | null;
}
/** GET /api/review-requests */
export interface ReviewRequestPage {
  items: ReviewRequest[];
  nextCursor: string | null;
}

/** Published and hidden reviews of one rating band; hiddenShare is null when the band is empty. */
export interface ModerationBucket {
  published: number;
  hidden: number;
  hiddenShare: number | null;
}
/** GET /api/reviews/moderation: how hiding falls on negative versus positive reviews. */
export interface ModerationReport {
  negative: ModerationBucket;
  neutral: ModerationBucket;
  positive: ModerationBucket;
  /** Ratings outside 1..5 or not numbers; counted, not guessed. */
  ignored: number;
  suppressionRisk: boolean;
  rule: string;
  explanation: string;
  reviews: number;
  /** Reviews that came in without a published/hidden state. */
  withoutState: number;
}

/** GET and PUT /api/review-requests/settings */
export interface ReviewRequestSettings {
  /** Days after delivery before asking. */
  delayDays: number;
  /** Orders delivered longer ago than this are not asked. */
  maxAgeDays: number;
  incentiveWording: string | null;
  /** When set, due requests are POSTed here as JSON. */
  webhookUrl: string | null;
}
