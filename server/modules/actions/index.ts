export * from './verdict/index.js';
export * from './rules/index.js';
export { createAction, createActionInput } from './loop/create-action.js';
export { updateAction, updateActionInput } from './loop/update-action.js';
export { recordDecision } from './loop/record-decision.js';
export { recordDoneAction } from './loop/record-done-action.js';
export { closeReviewWindows } from './loop/close-review-windows.js';
export { listActions } from './loop/list-actions.js';
export { actionsForIssues, decisionsForIssues, listActionRows } from './loop/action-repository.js';
export { presentAction, presentVerdict, presentDecision, presentBoardItem, presentIssueDetail } from './loop/present-action.js';
export { getIssueDetail } from './loop/get-issue-detail.js';
export { hasOpenBatchAction } from './loop/find-open-batch-action.js';
export type { Action, StoredVerdict, StoredBaseline, StoredDecision } from './loop/action.js';
export { LOOP_ERRORS } from './loop/errors.js';
export type { LoopErrorCode } from './loop/errors.js';
export { actionRoutes, decisionRoutes, issueActionRoutes } from './http.js';
export {
  openActionsWithIssue,
  actionsWithIssueDueForReview,
  actionsWithIssueDoneBetween,
  decisionsWithIssueBetween,
  type ActionWithIssue,
  type DecisionWithIssue,
} from './loop/read-actions-with-issue-repository.js';
export {
  openActionsDueBetween,
  actionHolders,
  supplierEvidenceDueBetween,
  type ActionHolder,
} from './loop/read-notification-facts-repository.js';
