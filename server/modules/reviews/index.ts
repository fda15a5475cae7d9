// Public face of the reviews module: reply guardrails, the review response decision, review requests,
// incentive wording and moderation honesty. All pure; storage, HTTP and the CLI dispatcher sit elsewhere.
export type { Finding, GuardrailCode, GuardrailRule, Severity } from './guardrail-codes.js';
export { GUARDRAIL_CODES, GUARDRAIL_RULES, ruleFor, severityFor } from './guardrail-codes.js';
export type { ReplyContext, ReplyInput } from './reply-context.js';
export { checkReply, findingCodes, hasBlocking } from './check-reply.js';

export type { BatchCheck, DraftReviewResponseInput, ReviewForResponse, ReviewResponseDecision } from './draft-review-response.js';
export { draftReviewResponse } from './draft-review-response.js';
export type { BlockedMoveId, EvidenceKind, PrivateAction } from './review-response-rules.js';
export { BLOCKED_MOVES, EVIDENCE_KINDS, PRIVATE_ACTIONS } from './review-response-rules.js';

export type { OrderForReviewRequest, PlanReviewRequestInput, ReviewRequestPlan } from './plan-review-request.js';
export { planReviewRequest } from './plan-review-request.js';
export type { IncentiveWordingCode, IncentiveWordingFinding } from './check-incentive-wording.js';
export { INCENTIVE_WORDING_CODES, checkIncentiveWording } from './check-incentive-wording.js';
export type { Bucket, ModeratedReview, ModerationReport } from './moderation-report.js';
export { SUPPRESSION_RULE, moderationReport } from './moderation-report.js';

export type { ReplyCheckSummary } from './cli.js';
export { replyCheckCommand } from './cli.js';

// Storage and doors (read the store; the pure cores above stay free of I/O).
export { REVIEW_ERRORS, type ReviewErrorCode } from './errors.js';
export { reviewRoutes } from './http.js';
export { getReviewResponse, type ReviewResponse } from './get-review-response.js';
export { getModerationReport, type StoredModerationReport } from './get-moderation-report.js';
export { runReviewRequests } from './run-review-requests.js';
export { deliverReviewRequests, runReviewRequestDeliveries, PER_ENDPOINT_CONCURRENCY, type DeliveryOptions, type DeliveryRound } from './deliver-review-requests.js';
export { exportReviewRequestOutbox } from './export-review-request-outbox.js';
export { REVIEW_REQUEST_SETTINGS_KEY, reviewRequestSettingsSchema, type ReviewRequestSettings } from './review-request-settings.js';
