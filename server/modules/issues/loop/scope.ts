import type { IssueType } from '../../../../contracts/signal.js';
import { type IssueKey, issueKey, type KeyableSignal } from '../detect/index.js';

/**
 * Types whose cause is the store, not a product: the chatbot gives one answer for every SKU,
 * checkout and support are shared. Their signals name the SKU of the order they came with, and
 * keying on it would scatter one wrong bot answer into twenty small issues nobody notices.
 */
export const STORE_LEVEL_TYPES: readonly IssueType[] = ['ai_wrong_answer', 'payment_checkout', 'support_experience'];

/**
 * Types whose cause is a shipping lane when the lane is known: a slow carrier delays every SKU
 * on it, so the issue spans SKUs (keyed on route and market) rather than counting each SKU apart.
 */
export const LANE_TYPES: readonly IssueType[] = ['delivery_delay'];

/** The issue a signal joins for one of its types: issueKey after choosing the scope. */
export function keyForSignal(s: KeyableSignal): IssueKey {
  const storeLevel = STORE_LEVEL_TYPES.includes(s.issueType) || (LANE_TYPES.includes(s.issueType) && Boolean(s.route?.trim()));
  return issueKey(storeLevel ? { ...s, sku: null } : s);
}
