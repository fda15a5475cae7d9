/**
 * The domain's vocabularies as the web app shows them. Kept here rather than imported from
 * contracts/ so the browser bundle does not carry zod; vocab.test.ts keeps the lists equal.
 */
export const CHANNELS = [
  'email', 'chat', 'social_dm', 'social_comment', 'review', 'refund_reason',
  'return_reason', 'dispute', 'chargeback', 'ai_chat', 'survey',
] as const;

export const ISSUE_TYPES = [
  'fit_size', 'listing_mismatch', 'material_quality', 'defect', 'damaged_in_transit',
  'missing_item', 'wrong_item', 'delivery_delay', 'setup_usage', 'returns_refunds',
  'payment_checkout', 'warranty_policy', 'safety', 'support_experience', 'ai_wrong_answer', 'praise',
] as const;
export type IssueType = (typeof ISSUE_TYPES)[number];

export const OWNER_TEAMS = [
  'support', 'marketplace_operations', 'product_compliance', 'sourcing_quality', 'fulfilment',
  'customer_operations', 'legal', 'marketing', 'content',
] as const;

/** Board columns, in the order an action moves. */
export const ACTION_STATUSES = ['proposed', 'accepted', 'in_progress', 'done', 'verified', 'failed', 'cancelled'] as const;
export const ISSUE_STATUSES = [
  'watching', 'needs_action', 'action_planned', 'fixed_awaiting_review', 'verified_shrinking', 'not_shrinking', 'closed',
] as const;

export const SLA_STATES = ['on_track', 'at_risk', 'breached', 'met'] as const;
export const SIGNAL_STATUSES = ['open', 'pending', 'resolved'] as const;

/** snake_case code → words a person reads ("damaged_in_transit" → "damaged in transit"). */
export function words(code: string | null | undefined): string {
  return (code ?? '').replace(/_/g, ' ');
}
