/**
 * What triage tells about a text, as the signal detail and /api/triage answer it
 * (server/modules/triage presenters). Offsets index the agent text: the title, a newline and the
 * body when a title exists, otherwise the body alone.
 */
import type { IssueType } from './vocab.js';

export interface Span {
  start: number;
  end: number;
  text: string;
  /** Which phrase or extractor produced the span. */
  rule: string;
}
export interface LabelScore {
  type: IssueType;
  score: number;
  source: 'rule' | 'model' | 'blend';
  spans: Span[];
}
export interface Flags {
  anger: boolean;
  threatPublic: boolean;
  threatChargeback: boolean;
  threatLegal: boolean;
}
export type ReasonCode =
  | 'refund_or_dispute'
  | 'safety'
  | 'public_threat'
  | 'legal_threat'
  | 'high_value_order'
  | 'repeat_bulk_influencer'
  | 'strong_anger'
  | 'spiking_issue';
/** Why a signal must be handled by a person. */
export interface Reason {
  code: ReasonCode;
  evidence: string;
}
export interface Sentiment {
  label: 'positive' | 'negative' | 'neutral' | 'mixed';
  /** -1 (very negative) to 1 (very positive). */
  score: number;
}
export interface EvidenceItem {
  value: string;
  start: number;
  end: number;
}
export interface DeliveryClaim {
  promisedMinDays?: number;
  promisedMaxDays?: number;
  actualDays?: number;
  spans: Span[];
  /** Set when the linked order says otherwise; the claim is kept so an agent can judge. */
  mismatch?: 'does not match the order record';
  orderRecord?: { deliveredInDays?: number; promisedMaxDays?: number };
}
export interface Evidence {
  orderIds: EvidenceItem[];
  skus: EvidenceItem[];
  variants: (EvidenceItem & { kind: 'size' | 'colour' })[];
  batches: EvidenceItem[];
  delivery: DeliveryClaim | null;
  dates: EvidenceItem[];
  amounts: (EvidenceItem & { amount: number; currency: string | null })[];
  media: { kind: string; url: string }[];
  urls: EvidenceItem[];
}
export interface PiiSpan {
  kind: 'email' | 'phone' | 'address' | 'card' | 'iban';
  start: number;
  end: number;
}
export type Clue = 'listing' | 'label' | 'product' | 'promise' | 'safety';

/** The stored triage a signal's detail view shows. */
export interface TriageDetail {
  labels: LabelScore[];
  evidence: Evidence;
  pii: PiiSpan[];
  flags: Flags;
  language: string;
  version: string | null;
}

/** POST /api/triage/preview (and the CLI's line shape): stable fields only, no internal scores. */
export interface TriagePreview {
  id: string | number;
  issueTypes: IssueType[];
  stage: 'pre_sale' | 'post_purchase';
  sentiment: Sentiment;
  clues: Clue[];
  ownerTeam: string;
  mustBeHuman: boolean;
  reasons: Reason[];
  evidence: Evidence;
}

/** GET and PUT /api/triage/teams */
export interface TeamConfig {
  /** Owner per clue. */
  clueOwners: Record<Clue, string>;
  /** Finer owner per issue type, where one clue spans several teams. */
  issueOwners: Partial<Record<IssueType, string>>;
  /** Owner when no clue applies. */
  defaultOwner: string;
}

/**
 * A seller's own phrase or pattern (GET /api/triage/rules items, POST answer). Stored rows as they
 * are (snake_case, Date as ISO text): this answer predates the presenters.
 */
export interface TriageRuleRow {
  id: number;
  issue_type: string;
  language: string;
  phrase: string | null;
  pattern: string | null;
  weight: number;
  created_by: string;
  created_at: string;
}
/** GET /api/triage/rules */
export interface TriageRuleList {
  items: TriageRuleRow[];
}

export interface LabelStats {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}
/** Multi-label scores of a model on labelled texts. */
export interface Evaluation {
  items: number;
  perLabel: LabelStats[];
  micro: { precision: number; recall: number; f1: number };
  macroF1: number;
  macroF1All: number;
  macroMinSupport: number;
  /** Items whose predicted set equals the gold set. */
  exactMatch: number;
}
/** GET /api/triage/models items: the store's trained model versions, newest first (stored rows as they are). */
export interface ModelVersionRow {
  version: string;
  trained_at: string;
  examples: number;
  evaluation: Record<string, unknown>;
  active: boolean;
}
export interface ModelVersionList {
  items: ModelVersionRow[];
}

/** POST /api/triage/train */
export interface TrainResult {
  version: string;
  corrections: number;
  weakExamples: number;
  activated: boolean;
  /** Null when there were too few corrections to train. */
  evaluation: { candidate: Evaluation; current: Evaluation } | null;
  reason: string;
}
