import type { PlatformErrorCode } from './platform/errors.js';
import type { CustomerErrorCode } from './modules/customers/index.js';
import type { SignalErrorCode } from './modules/signals/index.js';
import type { ReplyErrorCode } from './modules/replies/index.js';
import type { OrderErrorCode } from './modules/orders/index.js';
import type { ProductErrorCode } from './modules/products/index.js';
import type { ReviewErrorCode } from './modules/reviews/index.js';
import type { UgcErrorCode } from './modules/ugc/index.js';
import type { PlaybookErrorCode } from './modules/playbooks/index.js';
import type { ActionRuleErrorCode, LoopErrorCode, VerdictErrorCode } from './modules/actions/index.js';
import type { DetectErrorCode, IssueErrorCode } from './modules/issues/index.js';
import type { KnowledgeErrorCode } from './modules/knowledge/index.js';
import type { ReportErrorCode } from './modules/reports/index.js';
import type { WebhookErrorCode } from './modules/webhooks/index.js';
import type { PeopleErrorCode } from './modules/people/index.js';
import type { PortalErrorCode } from './modules/portal/index.js';
import type { NotificationErrorCode } from './modules/notifications/index.js';

export type ErrorCode =
  | PlatformErrorCode
  | NotificationErrorCode
  | CustomerErrorCode
  | SignalErrorCode
  | ReplyErrorCode
  | OrderErrorCode
  | ProductErrorCode
  | ReviewErrorCode
  | UgcErrorCode
  | PlaybookErrorCode
  | ActionRuleErrorCode
  | LoopErrorCode
  | VerdictErrorCode
  | DetectErrorCode
  | IssueErrorCode
  | KnowledgeErrorCode
  | ReportErrorCode
  | WebhookErrorCode
  | PeopleErrorCode
  | PortalErrorCode;

/** Every module's error codes, mapped once. A new code fails to compile until it is placed here. */
export function httpStatus(code: ErrorCode): 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 421 | 422 | 429 | 500 | 503 {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'unauthorized':
    case 'webhook_signature_invalid':
      return 401;
    case 'connector_not_found':
    case 'delivery_not_found':
      return 404;
    case 'secret_from_environment':
    case 'delivery_busy':
      return 409;
    case 'sign_in_failed':
      return 401;
    case 'forbidden':
      return 403;
    case 'too_many_sign_ins':
      return 429;
    case 'email_taken':
    case 'setup_done':
    case 'delivery_not_retryable':
      return 409;
    case 'user_not_found':
    case 'token_not_found':
    case 'notification_not_found':
    case 'webhook_not_found':
      return 404;
    case 'invitation_invalid':
      return 410;
    case 'not_found':
    case 'customer_not_found':
    case 'signal_not_found':
    case 'order_not_found':
    case 'product_not_found':
    case 'ugc_asset_not_found':
    case 'playbook_not_found':
    case 'issue_not_found':
    case 'action_not_found':
    case 'knowledge_not_found':
    case 'report_not_found':
    case 'work_order_not_found':
    case 'portal_not_found':
    case 'complaint_not_found':
      return 404;
    case 'portal_photo_refused':
      return 400;
    case 'portal_order_mismatch':
    case 'portal_link_refused':
      return 422;
    case 'portal_rate_limited':
    case 'portal_slowed_down':
      return 429;
    case 'playbook_invalid':
    case 'playbook_duplicate_id':
    case 'decision_invalid':
    case 'verdict_invalid_counts':
    case 'verdict_invalid_alpha':
    case 'verdict_invalid_window':
    case 'detect_invalid_series':
    case 'detect_invalid_date':
    case 'detect_invalid_option':
      return 400;
    case 'action_invalid_transition':
    case 'action_terminal':
      return 409;
    case 'action_baseline_required':
    case 'action_verdict_required':
    case 'action_verdict_mismatch':
    case 'action_review_window_open':
    case 'action_reason_required':
    case 'action_blocked_move':
    case 'issue_close_blocked':
      return 422;
    case 'issue_not_closed':
    case 'conflict':
      return 409;
    case 'reply_blocked':
    case 'incentive_wording_rejected':
    case 'ugc_permission_rejected':
      return 422;
    case 'ugc_use_refused':
      return 409;
    case 'report_pdf_unavailable':
      return 422;
    case 'payload_too_large':
      return 413;
    case 'internal':
      return 500;
    case 'host_not_allowed':
      return 421;
    case 'cross_origin_refused':
      return 403;
    case 'unsupported_media_type':
      return 415;
    case 'database_unavailable':
      return 503;
    default: {
      const never: never = code;
      return never;
    }
  }
}
