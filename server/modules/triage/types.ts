import type { Channel, IssueType } from '../../../contracts/signal.js';
import type { PiiSpan } from '../../lib/pii.js';

export type { Channel, IssueType, PiiSpan };
export type Language = 'en' | 'pt' | 'und';
export type Stage = 'pre_sale' | 'post_purchase';
export type SlaClass = 'pre_sale' | 'order_issue' | 'urgent';
export type CustomerTier = 'new' | 'regular' | 'repeat' | 'vip' | 'bulk' | 'influencer';

/**
 * Offsets into the text the agent sees: `TriageResult.text`, which is the title, a newline and
 * the body when a title exists, otherwise the body alone (see `agentText`).
 */
export interface Span {
  start: number;
  end: number;
  text: string;
  /** Which phrase or extractor produced the span, so an agent can see why. */
  rule: string;
}

export interface OrderFacts {
  orderedAt: string;
  promisedMinDays?: number | null;
  promisedMaxDays?: number | null;
  shippedAt?: string | null;
  deliveredAt?: string | null;
}

export interface TriageInput {
  text: string;
  title?: string | null;
  channel?: Channel | null;
  rating?: number | null;
  language?: string | null;
  public?: boolean | null;
  handledBy?: 'human' | 'automation' | null;
  customerTier?: CustomerTier | null;
  orderValue?: number | null;
  highValueThreshold?: number | null;
  order?: OrderFacts | null;
  attachments?: { kind: string; url: string }[] | null;
  issueSpiking?: boolean | null;
  receivedAt?: string | null;
}

/** A seller's own phrase or regex, stored as data. Exactly one of pattern / phrase. */
export interface SellerRule {
  issueType: IssueType;
  language?: Language | 'any';
  /** Token phrase in the built-in syntax ("runs small", "too tight|snug", "stain*"). */
  phrase?: string;
  /** An RE2 regular expression (linear time: no backreferences or lookaround), matched case-insensitively on the agent text. */
  pattern?: string;
  /** Negative weights suppress a label ("wanted to love" against praise). */
  weight?: number;
  id?: string;
}

export type Clue = 'listing' | 'label' | 'product' | 'promise' | 'safety';

export interface TeamConfig {
  /** Owner per clue; DESIGN.md's table is the default. */
  clueOwners: Record<Clue, string>;
  /** Finer owner per issue type, where one clue spans several teams (promise: legal vs fulfilment). */
  issueOwners: Partial<Record<IssueType, string>>;
  /** Owner when no clue applies: praise, payment, refunds, support complaints. */
  defaultOwner: string;
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

export interface TriageResult {
  /** The text the spans index into (title + "\n" + body, or body). */
  text: string;
  language: Language;
  issueTypes: IssueType[];
  labels: LabelScore[];
  stage: Stage;
  sentiment: Sentiment;
  flags: Flags;
  clues: Clue[];
  ownerTeam: string;
  mustBeHuman: boolean;
  reasons: Reason[];
  slaClass: SlaClass;
  evidence: Evidence;
  pii: PiiSpan[];
}
