import type { Channel, IssueType } from '../../../contracts/signal.js';
import type { PiiSpan } from '../../lib/pii.js';

import type {
  DeliveryClaim,
  Evidence,
  EvidenceItem,
  Flags,
  LabelScore,
  Reason,
  ReasonCode,
  Sentiment,
  Span,
} from '../../../contracts/triage.js';

export type { Channel, IssueType, PiiSpan };
// What triage answers is defined once, in contracts/ (the API's types); the server re-exports it.
export type { DeliveryClaim, Evidence, EvidenceItem, Flags, LabelScore, Reason, ReasonCode, Sentiment, Span };
/** The languages triage has built-in phrases, sentiment words and threat patterns for. */
export const PHRASE_LANGUAGES = ['en', 'pt', 'es', 'de', 'fr'] as const;
export type PhraseLanguage = (typeof PHRASE_LANGUAGES)[number];
export type Language = PhraseLanguage | 'und';
export type Stage = 'pre_sale' | 'post_purchase';
export type SlaClass = 'pre_sale' | 'order_issue' | 'urgent';
export type CustomerTier = 'new' | 'regular' | 'repeat' | 'vip' | 'bulk' | 'influencer';

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
