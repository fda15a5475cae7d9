export * from './detect/index.js';
export * from './themes/index.js';
export { detectIssues, moveChangedSignals } from './loop/detect-issues.js';
export { refreshThemes, LOW_CONFIDENCE } from './loop/refresh-themes.js';
export { keyForSignal, STORE_LEVEL_TYPES, LANE_TYPES } from './loop/scope.js';
export { listIssues, getIssue, parseIssueCursor } from './loop/list-issues.js';
export { presentIssue, presentIssueOverview, presentSpike } from './loop/present-issue.js';
export { issueRoutes, themeRoutes } from './loop/http.js';
export { getIssues, findIssueByKey, issuesForSku } from './loop/issue-repository.js';
export type { Issue, ImpactScope } from './loop/issue.js';
export { refreshIssueStatuses, refreshIssueWork, alarming, ALARM_DAYS } from './loop/refresh-issue-status.js';
export { closeIssue, reopenIssue, closeIssueInput, reopenIssueInput } from './loop/close-issue.js';
export {
  nextIssueStatus,
  canCloseIssue,
  ISSUE_STATUSES,
  WORK_STATUSES,
  DEFAULT_REPEAT_THRESHOLD,
  CLOSE_REASONS,
} from './status/next-issue-status.js';
export type { IssueStatus, IssueFacts, IssueStatusDecision, CloseReason, WorkStatus } from './status/next-issue-status.js';
export { ISSUE_ERRORS, type IssueErrorCode } from './status/errors.js';
export { findOpenIssue, type OpenIssueForCase } from './loop/find-open-issue.js';
export { signalIdsOfIssues, inIssue } from './loop/issue-signal-repository.js';
export { registerIssueSubscribers } from './subscribers.js';
export { issueKeysSubquery, issueAlarmsBetween, type IssueAlarm } from './loop/read-issue-keys-repository.js';
export { eraseIssueWordings } from './loop/erase-issue-wordings.js';
