/**
 * The domain's vocabularies as the web app shows them. Channels and issue types come from
 * contracts/vocab.ts (no zod in the bundle); the rest mirror server modules, and vocab.test.ts
 * keeps those lists equal.
 */
import { CHANNELS, ISSUE_TYPES, type IssueType } from '../../../contracts/vocab.js';

export { CHANNELS, ISSUE_TYPES, type IssueType };

export const OWNER_TEAMS = [
  'support', 'marketplace_operations', 'product_compliance', 'sourcing_quality', 'fulfilment',
  'customer_operations', 'legal', 'marketing', 'content',
] as const;

/** Board columns, in the order an action moves. */
export const ACTION_STATUSES = ['proposed', 'accepted', 'in_progress', 'done', 'verified', 'failed', 'cancelled'] as const;
export const ISSUE_STATUSES = [
  'watching', 'needs_action', 'action_planned', 'fixed_awaiting_review', 'verified_shrinking', 'not_shrinking', 'closed',
] as const;

/** Why an owner closes an issue (server/modules/actions/rules/next-issue-status.ts). */
export const CLOSE_REASONS = ['resolved', 'not_a_real_issue', 'duplicate'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const SLA_STATES = ['on_track', 'at_risk', 'breached', 'met'] as const;
export const SIGNAL_STATUSES = ['open', 'pending', 'resolved'] as const;

/** snake_case code → words a person reads ("damaged_in_transit" → "damaged in transit"). */
export function words(code: string | null | undefined): string {
  return (code ?? '').replace(/_/g, ' ');
}
