/** The body of every error answer (server/app.ts onError; codes in server/http-errors.ts). */
import type { Finding } from './reviews.js';

/** One bad field of a request: `path` names it (with the item index or row in a batch). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    /** invalid_input: the fields at fault; reply_blocked: the guardrail findings that stopped the reply. */
    details?: FieldIssue[] | Finding[];
  };
}
