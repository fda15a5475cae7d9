// Default decisions per issue type for a public review: what to gather before answering, what to do
// privately, where the fix is written back, which tempting move is blocked, and which metric proves
// the fix. A seller's playbook overrides these; the defaults exist so a review is never answered blind.
import type { IssueType } from '../../../contracts/signal.js';

export const EVIDENCE_KINDS = [
  'order_id',
  'page_promise_at_order_time',
  'ship_date',
  'carrier_events',
  'first_support_reply_time',
  'photos',
  'batch',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const PRIVATE_ACTIONS = ['replacement', 'refund', 'batch_check', 'reship', 'contact', 'request_ugc_permission'] as const;
export type PrivateAction = (typeof PRIVATE_ACTIONS)[number];

/** The blocked moves of DESIGN.md, as ids a playbook and a report can name. */
export const BLOCKED_MOVES = {
  macro_only_lengthened: 'Only lengthening a support macro while the page keeps causing the question.',
  argue_in_public: 'Arguing in public that the buyer misunderstood.',
  discount_only_answer: 'Offering a discount as the only answer to calm this buyer down.',
  leave_to_automation: 'Leaving refunds, disputes, safety or angry customers to automation.',
  ugc_reuse_without_permission: 'Reusing the customer content without a recorded permission for that channel.',
  filter_positive_reviews: 'Filtering reviews so only positive ones show.',
  private_details_in_public: 'Putting the order number, email, phone or address in a public reply.',
  promise_uncontrolled_date: 'Promising a delivery date nobody at the shop controls.',
  blame_carrier_in_public: 'Blaming the carrier in public.',
  review_request_too_early: 'Asking for a review before delivery or while a problem is open.',
} as const;
export type BlockedMoveId = keyof typeof BLOCKED_MOVES;

export interface IssueRule {
  evidence: EvidenceKind[];
  privateAction: PrivateAction;
  writeBackLocation: string;
  blockedMove: BlockedMoveId;
  metric: string;
  windowDays: number;
  /** Quality problems that can repeat within one batch. */
  batchRelevant: boolean;
}

export type RuleKey = IssueType | 'unknown';

export const ISSUE_RULES: Readonly<Record<RuleKey, IssueRule>> = Object.freeze({
  safety: {
    evidence: ['order_id', 'photos', 'batch', 'ship_date'],
    privateAction: 'refund',
    writeBackLocation: 'product compliance file and safety record',
    blockedMove: 'leave_to_automation',
    metric: 'safety reports per order for this SKU',
    windowDays: 21,
    batchRelevant: true,
  },
  damaged_in_transit: {
    evidence: ['order_id', 'photos', 'ship_date', 'carrier_events', 'batch'],
    privateAction: 'replacement',
    writeBackLocation: 'packaging specification and warehouse packing check',
    blockedMove: 'blame_carrier_in_public',
    metric: 'damage complaints per order for this SKU',
    windowDays: 21,
    batchRelevant: true,
  },
  defect: {
    evidence: ['order_id', 'photos', 'batch', 'ship_date'],
    privateAction: 'replacement',
    writeBackLocation: 'QA record and supplier file for the batch',
    blockedMove: 'discount_only_answer',
    metric: 'defect complaints per order for this SKU',
    windowDays: 21,
    batchRelevant: true,
  },
  missing_item: {
    evidence: ['order_id', 'photos', 'batch'],
    privateAction: 'reship',
    writeBackLocation: 'packing checklist and the in-the-box list on the product page',
    blockedMove: 'discount_only_answer',
    metric: 'missing-item complaints per order for this SKU',
    windowDays: 14,
    batchRelevant: true,
  },
  wrong_item: {
    evidence: ['order_id', 'photos', 'batch'],
    privateAction: 'reship',
    writeBackLocation: 'pick-and-pack check and variant labelling',
    blockedMove: 'argue_in_public',
    metric: 'wrong-item complaints per order',
    windowDays: 14,
    batchRelevant: true,
  },
  delivery_delay: {
    evidence: ['order_id', 'page_promise_at_order_time', 'ship_date', 'carrier_events', 'first_support_reply_time'],
    privateAction: 'refund',
    writeBackLocation: 'product page and cart delivery promise, shipping FAQ, delay macro',
    blockedMove: 'argue_in_public',
    metric: 'delivery-delay complaints per order on this route',
    windowDays: 14,
    batchRelevant: false,
  },
  listing_mismatch: {
    evidence: ['order_id', 'page_promise_at_order_time', 'photos'],
    privateAction: 'refund',
    writeBackLocation: 'product page photos and description',
    blockedMove: 'argue_in_public',
    metric: 'listing-mismatch refund reasons per order',
    windowDays: 21,
    batchRelevant: false,
  },
  material_quality: {
    evidence: ['order_id', 'page_promise_at_order_time', 'photos', 'batch'],
    privateAction: 'refund',
    writeBackLocation: 'product page material claims and QA record',
    blockedMove: 'discount_only_answer',
    metric: 'expectation-gap refund reasons per order',
    windowDays: 21,
    batchRelevant: true,
  },
  fit_size: {
    evidence: ['order_id', 'page_promise_at_order_time', 'photos'],
    privateAction: 'replacement',
    writeBackLocation: 'size chart, product page dimensions and fit FAQ',
    blockedMove: 'argue_in_public',
    metric: 'fit questions and size returns per order',
    windowDays: 21,
    batchRelevant: false,
  },
  setup_usage: {
    evidence: ['order_id', 'photos', 'first_support_reply_time'],
    privateAction: 'contact',
    writeBackLocation: 'manual, setup video and setup FAQ',
    blockedMove: 'macro_only_lengthened',
    metric: 'setup tickets per order',
    windowDays: 14,
    batchRelevant: false,
  },
  ai_wrong_answer: {
    evidence: ['first_support_reply_time', 'order_id'],
    privateAction: 'contact',
    writeBackLocation: 'chatbot knowledge base and the policy it quoted',
    blockedMove: 'leave_to_automation',
    metric: 'automation wrong-answer reports per week',
    windowDays: 14,
    batchRelevant: false,
  },
  support_experience: {
    evidence: ['first_support_reply_time', 'order_id'],
    privateAction: 'contact',
    writeBackLocation: 'support macros and SLA policy',
    blockedMove: 'argue_in_public',
    metric: 'first response time and reopen rate',
    windowDays: 14,
    batchRelevant: false,
  },
  warranty_policy: {
    evidence: ['order_id', 'page_promise_at_order_time', 'first_support_reply_time'],
    privateAction: 'contact',
    writeBackLocation: 'policy page and warranty FAQ',
    blockedMove: 'argue_in_public',
    metric: 'warranty-confusion tickets per order',
    windowDays: 21,
    batchRelevant: false,
  },
  returns_refunds: {
    evidence: ['order_id', 'first_support_reply_time'],
    privateAction: 'refund',
    writeBackLocation: 'returns policy page and refund-status macro',
    blockedMove: 'leave_to_automation',
    metric: 'refund-status tickets per order',
    windowDays: 14,
    batchRelevant: false,
  },
  payment_checkout: {
    evidence: ['order_id', 'first_support_reply_time'],
    privateAction: 'refund',
    writeBackLocation: 'checkout and payment FAQ',
    blockedMove: 'discount_only_answer',
    metric: 'payment complaints per order',
    windowDays: 7,
    batchRelevant: false,
  },
  praise: {
    evidence: ['photos', 'order_id'],
    privateAction: 'request_ugc_permission',
    writeBackLocation: 'UGC permission log and asset library',
    blockedMove: 'ugc_reuse_without_permission',
    metric: 'permission rate and reuse placements',
    windowDays: 21,
    batchRelevant: false,
  },
  unknown: {
    evidence: ['order_id', 'photos', 'first_support_reply_time'],
    privateAction: 'contact',
    writeBackLocation: 'weekly voice-of-customer review',
    blockedMove: 'argue_in_public',
    metric: 'negative reviews per order for this SKU',
    windowDays: 14,
    batchRelevant: false,
  },
});

// When a review carries several types, the one with the most at stake sets the action: safety first,
// praise last (a mixed review with a complaint is a complaint).
export const PRIORITY: readonly RuleKey[] = [
  'safety',
  'damaged_in_transit',
  'defect',
  'missing_item',
  'wrong_item',
  'delivery_delay',
  'listing_mismatch',
  'material_quality',
  'fit_size',
  'setup_usage',
  'ai_wrong_answer',
  'support_experience',
  'warranty_policy',
  'returns_refunds',
  'payment_checkout',
  'praise',
  'unknown',
];

export const EVIDENCE_REASONS: Readonly<Record<EvidenceKind, string>> = Object.freeze({
  order_id: 'ties the review to the commercial record before anything is said',
  page_promise_at_order_time: 'what the page promised when they bought, not what it says today',
  ship_date: 'separates a slow warehouse from a slow carrier',
  carrier_events: 'shows where the parcel stalled or was damaged',
  first_support_reply_time: 'shows whether support was slow before the review was written',
  photos: "the customer's own evidence of the problem (or the content worth reusing)",
  batch: 'lets a repeat in the same batch be seen',
});

// Keys under which triage may already hold each piece of evidence.
export const EVIDENCE_KEYS: Readonly<Record<EvidenceKind, readonly string[]>> = Object.freeze({
  order_id: ['orderId', 'order_id'],
  page_promise_at_order_time: ['pagePromise', 'promisedWindow', 'page_promise_at_order_time'],
  ship_date: ['shippedAt', 'shipDate', 'ship_date'],
  carrier_events: ['carrierEvents', 'tracking', 'carrier_events'],
  first_support_reply_time: ['firstReplyAt', 'firstResponseAt', 'first_support_reply_time'],
  photos: ['photos', 'attachments'],
  batch: ['batch'],
});
