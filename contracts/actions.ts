/**
 * Answers of /api/actions, /api/issues/:id/actions|decisions, /api/knowledge and /api/feed
 * (server/modules/actions presenters). Dates are ISO 8601 strings.
 */
import type { ActionStatus, IssueType, OwnerTeam, VerdictResult } from './vocab.js';

export type { ActionStatus, VerdictResult };

/** Where a fix is written back (the playbooks' write-back locations). */
export type WriteBackLocation =
  | 'product_page'
  | 'faq'
  | 'support_macro'
  | 'chatbot_knowledge'
  | 'policy_page'
  | 'delivery_promise'
  | 'supplier_file'
  | 'qa_record'
  | 'fulfilment_review'
  | 'inventory_hold'
  | 'escalation_rule'
  | 'ad_creative_brief'
  | 'ugc_library';

/** What the rate is measured against: orders of the SKU, or the SKU's signals (share). */
export type ExposureMode = 'orders' | 'share';

export interface Verdict {
  result: VerdictResult;
  rateBefore: number | null;
  rateAfter: number | null;
  ratio: number | null;
  /** An unbounded interval's top is null. */
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  eventsBefore: number;
  eventsAfter: number;
  exposureBefore: number;
  exposureAfter: number;
  mode: ExposureMode;
  alpha: number;
  method: string;
  explanation: string;
  windowDays: number;
  changeAt: string;
  computedAt: string;
}

/** The metric's value when the change went live. */
export interface Baseline {
  metric: string;
  value: number;
  takenAt: string;
  events: number;
  exposure: number;
  mode: ExposureMode;
  windowDays: number;
}

export interface Action {
  id: number;
  issueId: number;
  location: WriteBackLocation;
  change: string;
  ownerTeam: OwnerTeam | string;
  owner: string | null;
  /** The person the action is assigned to (a user id), or null. */
  assigneeId: number | null;
  status: ActionStatus;
  dueAt: string | null;
  reviewDate: string | null;
  reviewWindowDays: number;
  metric: string;
  baseline: Baseline | null;
  verdict: Verdict | null;
  kinds: ('date_promise' | 'discount' | 'refund' | 'review_filter' | 'review_request' | 'ugc_reuse')[];
  automates: (
    | 'angry_customers'
    | 'chargebacks'
    | 'disputes'
    | 'faq'
    | 'high_value'
    | 'order_status'
    | 'policy_summary'
    | 'refunds'
    | 'safety'
    | 'size_chart'
  )[];
  doneAt: string | null;
  reviewedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** The issue beside a board row: why the action exists and how urgent it is. */
export interface BoardIssue {
  id: number;
  issueType: IssueType | string;
  sku: string;
  batch: string | null;
  route: string | null;
  market: string | null;
  status: string;
  signalCount: number;
  channels: Record<string, number>;
  impactScope: ImpactScope | Record<string, never>;
  /** Masked: lists never show raw customer text. */
  customerWording: string | null;
  evidence: { photos: { kind: string; url: string }[]; orders: number };
  playbookId: string | null;
  /** Signals per SLA state (on_track, at_risk, breached, met). */
  sla: Record<string, number>;
  mustBeHuman: number;
  /** Why the issue must go up a level, in words; null when nothing calls for it. */
  escalation: string | null;
  ownerTeam: string | null;
}

export interface BoardItem extends Action {
  issue: BoardIssue | null;
}
/** GET /api/actions */
export interface BoardPage {
  items: BoardItem[];
  nextCursor: string | null;
}

/** POST /api/issues/:id/actions/check: what the blocked-move rules would refuse, nothing stored. */
export interface ActionCheck {
  refusals: { code: string; reason: string }[];
}

export type DecisionType =
  | 'accept_file_current'
  | 'ask_supplier_evidence'
  | 'assign_follow_up_owner'
  | 'correct_public_claim'
  | 'hold_next_order';
export interface Decision {
  id: number;
  issueId: number;
  type: DecisionType;
  decidedBy: string;
  decidedAt: string;
  note: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** GET /api/decisions */
export interface DecisionList {
  items: Decision[];
}

export type KnowledgeKind = 'macro' | 'faq' | 'chatbot';
export interface Knowledge {
  id: string;
  version: number;
  kind: KnowledgeKind;
  title: string;
  body: string;
  sku: string | null;
  issueId: number | null;
  changeNote: string | null;
  updatedBy: string;
  updatedAt: string;
}
/** GET /api/knowledge, GET /api/knowledge/:id/versions */
export interface KnowledgeList {
  items: Knowledge[];
}

/** One feed line: what changed and why. */
export interface FeedItem {
  id: number;
  at: string;
  type: string;
  actor: string;
  what: string;
  why: string | null;
  issueId: number | null;
  sku: string | null;
}
/** GET /api/feed */
export interface FeedPage {
  items: FeedItem[];
  nextCursor: string | null;
}

/** The narrowest thing an issue is about: what one fix would have to reach. */
export interface ImpactScope {
  level: 'one_order' | 'one_batch' | 'one_promise' | 'one_market' | 'one_automated_answer' | 'one_sku' | 'store';
  orders: number;
  customers: number;
  batches: number;
  markets: number;
}
