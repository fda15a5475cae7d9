// Public face of the reviews module: the review response decision, review requests, incentive
// wording and moderation honesty (pure), then storage and doors. Reply guardrails live in replies.

export type { BatchCheck, DraftReviewResponseInput, ReviewForResponse, ReviewResponseDecision } from './draft-review-response.js';
export { draftReviewResponse } from './draft-review-response.js';
export type { BlockedMoveId, EvidenceKind, PrivateAction } from './review-response-rules.js';
export { BLOCKED_MOVES, EVIDENCE_KINDS, ISSUE_RULES, PRIVATE_ACTIONS } from './review-response-rules.js';

export type { OrderForReviewRequest, PlanReviewRequestInput, ReviewRequestPlan } from './plan-review-request.js';
export { planReviewRequest } from './plan-review-request.js';
export type { IncentiveWordingCode, IncentiveWordingFinding } from './check-incentive-wording.js';
export { INCENTIVE_WORDING_CODES, checkIncentiveWording } from './check-incentive-wording.js';
export type { Bucket, ModeratedReview, ModerationReport } from './moderation-report.js';
export { SUPPRESSION_RULE, moderationReport } from './moderation-report.js';

// Storage and doors (read the store; the pure cores above stay free of I/O).
export { REVIEW_ERRORS, type ReviewErrorCode } from './errors.js';
export { reviewRoutes } from './http.js';
export { getReviewResponse, type ReviewResponse } from './get-review-response.js';
export { getModerationReport, type StoredModerationReport } from './get-moderation-report.js';
export { runReviewRequests } from './run-review-requests.js';
export {
  deliverReviewRequests,
  runReviewRequestDeliveries,
  PER_ENDPOINT_CONCURRENCY,
  type DeliveryOptions,
  type DeliveryRound,
} from './deliver-review-requests.js';
export { exportReviewRequestOutbox } from './export-review-request-outbox.js';
export { REVIEW_REQUEST_SETTINGS_KEY, reviewRequestSettingsSchema, type ReviewRequestSettings } from './review-request-settings.js';
export { withdrawReviewRequests } from './withdraw-review-requests.js';
