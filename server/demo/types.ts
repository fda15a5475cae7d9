import type { IssueType, OrderInput, ProductInput, SignalInput } from '../../contracts/signal.js';

export interface GenerateDemoStoreOptions {
  seed?: number;
  /** Last day with data, YYYY-MM-DD (UTC). */
  endDate?: string;
  /** Days of orders ending at endDate; at least 100 so every incident fits. */
  days?: number;
  /** Extra background signals appended after the store's own, for scale tests. */
  extraSignals?: number;
}

export type IncidentKind =
  | 'batch_missing_part'
  | 'route_delay'
  | 'chatbot_wrong_policy'
  | 'listing_image_change'
  | 'fit_fix_works'
  | 'setup_fix_fails';

/** A problem planted in the demo that later features must find. Dates are UTC calendar days. */
export interface Incident {
  id: string;
  kind: IncidentKind;
  /** The type an issue for this incident is keyed on. */
  issueType: IssueType;
  /** Every type its signals carry (a refund reason about a missing strap is still missing_item). */
  issueTypes: IssueType[];
  /** Null when the incident spans SKUs (a shipping lane, the chatbot). */
  sku: string | null;
  batch?: string;
  route?: string;
  /** Day of the first incident signal. */
  startDate: string;
  /** Day of the last incident signal; absent while it is still going on at the end of the data. */
  endDate?: string;
  /** What set it off, and when (a batch arrival, a page edit, a knowledge edit). */
  trigger: { date: string; what: string };
  description: string;
  signalCount: number;
  externalIds: string[];
}

export type FixLocation =
  | 'product_page'
  | 'faq'
  | 'policy_page'
  | 'support_macro'
  | 'chatbot_knowledge'
  | 'delivery_promise'
  | 'fulfilment_review'
  | 'qa_record'
  | 'supplier_file';

/** A write-back that was already done in the demo's history, with the effect it should show. */
export interface DemoFix {
  incidentId: string;
  sku: string;
  issueType: IssueType;
  location: FixLocation;
  change: string;
  ownerTeam: string;
  /** ISO date-time the change went live. */
  doneAt: string;
  reviewWindowDays: number;
  expected: 'shrinking' | 'no_change';
}

export interface KnowledgeEntry {
  id: string;
  title: string;
  body: string;
  sku: string | null;
  /** YYYY-MM-DD the entry was last edited. */
  updatedAt: string;
  /** True when the entry disagrees with the current policy or product; `staleBecause` says how. */
  stale: boolean;
  staleBecause?: string;
  incidentId?: string;
}

export interface DemoKnowledge {
  macros: KnowledgeEntry[];
  faq: KnowledgeEntry[];
  chatbot: KnowledgeEntry[];
}

/** Ground truth for one signal, index-aligned with `signals`: what the generator meant it to be. */
export interface SignalLabel {
  externalId: string;
  issueTypes: IssueType[];
  stage: 'pre_sale' | 'post_purchase';
  incidentId: string | null;
}

export interface DemoStore {
  products: ProductInput[];
  orders: OrderInput[];
  signals: SignalInput[];
  labels: SignalLabel[];
  incidents: Incident[];
  fixes: DemoFix[];
  knowledge: DemoKnowledge;
}
