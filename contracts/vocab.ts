/**
 * The domain's vocabularies, free of any library so the browser bundle can import them too.
 * DESIGN.md's channel and issue-type tables, in the same order.
 */
export const CHANNELS = [
  'email', 'chat', 'social_dm', 'social_comment', 'review', 'refund_reason',
  'return_reason', 'dispute', 'chargeback', 'ai_chat', 'survey',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const ISSUE_TYPES = [
  'fit_size', 'listing_mismatch', 'material_quality', 'defect', 'damaged_in_transit',
  'missing_item', 'wrong_item', 'delivery_delay', 'setup_usage', 'returns_refunds',
  'payment_checkout', 'warranty_policy', 'safety', 'support_experience', 'ai_wrong_answer', 'praise',
] as const;
export type IssueType = (typeof ISSUE_TYPES)[number];

export const ATTACHMENT_KINDS = ['photo', 'video', 'screenshot', 'url', 'file'] as const;
export const CUSTOMER_TIERS = ['new', 'regular', 'repeat', 'vip', 'bulk', 'influencer'] as const;

