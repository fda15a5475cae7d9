import { smtpTransport } from './smtp-transport.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import { claimDueMail, markMail } from './mail-repository.js';
import { redact, type SmtpSettings } from './mail-url.js';

/** Tries before a delivery is given up as failed; the waits between them double from a minute, up to six hours. */
export const MAX_ATTEMPTS = 8;
const FIRST_WAIT_MS = 60_000;
const MAX_WAIT_MS = 6 * 3_600_000;
/** How long a claimed delivery is held by the process sending it. */
const LEASE_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, attempts - 1));
}

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Sends the due deliveries of the mail outbox over SMTP (nodemailer), each with its thread
 * headers. A refusal the server calls permanent (5xx) fails the delivery at once with its reason;
 * anything else (connection, timeout, 4xx) is retried with a doubling wait, and after
 * MAX_ATTEMPTS fails with the last reason. Reasons are stored without secrets.
 */
export async function sendDueMail(
  deps: { db: Kysely<DB>; clock: Clock; logger?: Logger },
  smtp: SmtpSettings,
  opts: { limit?: number } = {},
): Promise<SendReport> {
  const now = deps.clock.now();
  const due = await claimDueMail(deps.db, now, new Date(now.getTime() + LEASE_MS), opts.limit ?? 20);
  const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
  if (due.length === 0) return report;
  const transport = smtpTransport(smtp);
  try {
    for (const d of due) {
      const attempts = d.attempts + 1;
      try {
        await transport.sendMail({
          from: smtp.from,
          to: d.to_address,
          subject: d.subject,
          text: d.body,
          messageId: d.message_id,
          inReplyTo: d.in_reply_to ?? undefined,
          references: (d.refs as string[]).join(' ') || undefined,
          date: deps.clock.now(),
        });
        await markMail(deps.db, d.id, {
          status: 'sent',
          attempts,
          lastError: null,
          sentAt: deps.clock.now(),
          nextAttemptAt: deps.clock.now(),
        });
        report.sent++;
      } catch (e) {
        const err = e as { message?: string; responseCode?: number };
        const reason = redact(String(err.message ?? e), [smtp.pass]);
        const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500;
        const give = permanent || attempts >= MAX_ATTEMPTS;
        await markMail(deps.db, d.id, {
          status: give ? 'failed' : 'retrying',
          attempts,
          lastError: give && !permanent ? `gave up after ${attempts} attempts: ${reason}` : reason,
          sentAt: null,
          nextAttemptAt: new Date(deps.clock.now().getTime() + backoffMs(attempts)),
        });
        if (give) report.failed++;
        else report.retrying++;
        deps.logger?.warn('mail delivery failed', { delivery: d.id, attempts, permanent, host: smtp.host });
      }
    }
  } finally {
    transport.close();
  }
  return report;
}
