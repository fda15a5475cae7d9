/**
 * The domain's vocabularies, free of any library so the browser bundle can import them too.
 * DESIGN.md's channel and issue-type tables, in the same order.
 */
export const CHANNELS = [
  'email',
  'chat',
  'social_dm',
  'social_comment',
  'review',
  'refund_reason',
  'return_reason',
  'dispute',
  'chargeback',
  'ai_chat',
  'survey',
  /** A complaint filed through the public form (/portal). */
  'portal',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const ISSUE_TYPES = [
  'fit_size',
  'listing_mismatch',
  'material_quality',
  'defect',
  'damaged_in_transit',
  'missing_item',
  'wrong_item',
  'delivery_delay',
  'setup_usage',
  'returns_refunds',
  'payment_checkout',
  'warranty_policy',
  'safety',
  'support_experience',
  'ai_wrong_answer',
  'praise',
] as const;
export type IssueType = (typeof ISSUE_TYPES)[number];

export const ATTACHMENT_KINDS = ['photo', 'video', 'screenshot', 'url', 'file'] as const;
export const CUSTOMER_TIERS = ['new', 'regular', 'repeat', 'vip', 'bulk', 'influencer'] as const;

/** Teams that own a write-back (server/modules/playbooks OWNER_TEAMS; web vocab.test.ts keeps them equal). */
export const OWNER_TEAMS = [
  'support',
  'marketplace_operations',
  'product_compliance',
  'sourcing_quality',
  'fulfilment',
  'customer_operations',
  'legal',
  'marketing',
  'content',
] as const;
export type OwnerTeam = (typeof OWNER_TEAMS)[number];

/** An action's statuses, in the order it moves (the board's columns). */
export const ACTION_STATUSES = ['proposed', 'accepted', 'in_progress', 'done', 'verified', 'failed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ISSUE_STATUSES = [
  'watching',
  'needs_action',
  'action_planned',
  'fixed_awaiting_review',
  'verified_shrinking',
  'not_shrinking',
  'praise',
  'closed',
] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** Why an owner closes an issue. */
export const CLOSE_REASONS = ['resolved', 'not_a_real_issue', 'duplicate'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const SLA_STATES = ['on_track', 'at_risk', 'breached', 'met'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** A signal's statuses as lists filter them (a PATCH may also send `reopened`). */
export const SIGNAL_STATUSES = ['open', 'pending', 'resolved'] as const;

export const VERDICT_RESULTS = ['shrinking', 'growing', 'no_change', 'too_little_data'] as const;
export type VerdictResult = (typeof VERDICT_RESULTS)[number];
