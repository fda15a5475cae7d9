/** Codes the issue statuses raise (the rules and the owner's close and reopen); the HTTP layer maps each one. */
export const ISSUE_ERRORS = ['issue_not_found', 'issue_close_blocked', 'issue_not_closed'] as const;
export type IssueErrorCode = (typeof ISSUE_ERRORS)[number];

export interface IssueRuleError<C extends IssueErrorCode = IssueErrorCode> {
  code: C;
  reason: string;
}
