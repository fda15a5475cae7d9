// Public face of the replies module: the guardrails every reply passes (pure), reply storage and
// past handling, the reply CLI contract and the doors. Used by signals' consumers and by reviews.
export type { Finding, GuardrailCode, GuardrailRule, Severity } from './guardrail-codes.js';
export { GUARDRAIL_CODES, GUARDRAIL_RULES, ruleFor, severityFor } from './guardrail-codes.js';
export type { ReplyContext, ReplyInput as ReplyCheckInput } from './reply-context.js';
export { checkReply, findingCodes, hasBlocking } from './check-reply.js';
export { sentences, spansOf, type Span } from './text-scan.js';
export { contentStems, sharedContent } from './content-words.js';

export type { ReplyCheckSummary } from './cli.js';
export { replyCheckCommand } from './cli.js';
export { evalGuardrailsCommand, evaluateGuardrails, type GuardrailEvaluation, type LabelledReply } from './eval-guardrails.js';

export { REPLY_ERRORS, type ReplyErrorCode } from './errors.js';
export { recordReply, listReplies, type ReplyInput } from './record-reply.js';
export { recordPastHandling, type PastHandling, type HandlingStep } from './record-history.js';
export { recordImportedHandling } from './record-imported-handling.js';
export { checkReplyText } from './check-reply-text.js';
export { namesRemedy, offersDiscount } from './detect-discount-only.js';
export { firstReplyAt } from './first-reply-repository.js';
export { replyRoutes } from './http.js';
export { registerReplySubscribers } from './subscribers.js';
export { signalRepliesSubquery } from './read-reply-times-subquery.js';
export { eraseReplyText, repliesOfSignals } from './erase-reply-text.js';
