/** Codes the action rules can return; the HTTP layer maps each one to a status. */
export const ACTION_RULE_ERRORS = [
  'action_invalid_transition',
  'action_terminal',
  'action_baseline_required',
  'action_verdict_required',
  'action_verdict_mismatch',
  'action_review_window_open',
  'action_reason_required',
  'action_blocked_move',
  'decision_invalid',
] as const;
export type ActionRuleErrorCode = (typeof ACTION_RULE_ERRORS)[number];

export interface RuleError<C extends ActionRuleErrorCode = ActionRuleErrorCode> {
  code: C;
  reason: string;
}
