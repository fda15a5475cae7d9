/**
 * What a refused notification email (a notice or a digest) becomes: given up on a permanent SMTP
 * refusal (5xx) or after the last attempt, else retried with a doubling wait from one minute. The
 * reason is kept without the SMTP password (redact also cuts it to 300 characters).
 */
import { redact } from '../mail/index.js';

export interface MailFailure {
  giveUp: boolean;
  error: string;
  nextAt: Date;
}

export function mailFailure(e: unknown, attempts: number, maxAttempts: number, now: Date, secret: string): MailFailure {
  const err = e as { message?: string; responseCode?: number };
  return {
    giveUp: (typeof err.responseCode === 'number' && err.responseCode >= 500) || attempts >= maxAttempts,
    error: redact(String(err.message ?? e), [secret]),
    nextAt: new Date(now.getTime() + 60_000 * 2 ** (attempts - 1)),
  };
}
