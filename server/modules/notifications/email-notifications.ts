// Notifications by email, over the SMTP server of WRITEBACK_SMTP_URL (nodemailer): each
// notification is sent once to its person's address, plain text, the title and where to look.
// A 5xx refusal fails it at once; anything else is retried with a doubling wait up to
// MAX_ATTEMPTS. A notification more than a day old when first tried is not sent (stale), so
// setting the URL later does not send a backlog. Reasons are stored without the SMTP password.
import type { AppContext } from '../../platform/http/context.js';
import { type SmtpSettings, smtpTransport } from '../mail/index.js';
import { mailFailure } from './mail-failure.js';
import { findUsersByIds } from '../people/index.js';
import { claimDueEmails, markEmail } from './notification-repository.js';

const MAX_ATTEMPTS = 6;
const LEASE_MS = 5 * 60_000;
const STALE_MS = 86_400_000;

export async function sendNotificationEmails(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  smtp: SmtpSettings,
  o: { limit?: number } = {},
): Promise<{ sent: number; retrying: number; failed: number }> {
  const now = ctx.clock.now();
  const due = await ctx.db.transaction().execute((tx) => claimDueEmails(tx, now, new Date(now.getTime() + LEASE_MS), o.limit ?? 50));
  const report = { sent: 0, retrying: 0, failed: 0 };
  if (due.length === 0) return report;
  const users = await findUsersByIds(ctx.db, [...new Set(due.map((d) => d.userId))]);
  const transport = smtpTransport(smtp);
  try {
    for (const d of due) {
      const user = users.get(d.userId);
      if (!user?.active || (d.attempts === 1 && now.getTime() - d.createdAt.getTime() > STALE_MS)) {
        await markEmail(ctx.db, d.id, { state: 'stale', error: null });
        continue;
      }
      try {
        await transport.sendMail({
          from: smtp.from,
          to: user.email,
          subject: `Writeback: ${d.title}`,
          text: `${d.title}\n\n${where(d)}\n\nYou get this because it concerns you in Writeback.\n`,
          date: ctx.clock.now(),
        });
        await markEmail(ctx.db, d.id, { state: 'sent', error: null });
        report.sent++;
      } catch (e) {
        const f = mailFailure(e, d.attempts, MAX_ATTEMPTS, ctx.clock.now(), smtp.pass);
        const give = f.giveUp;
        await markEmail(ctx.db, d.id, { state: give ? 'failed' : 'retrying', error: f.error, nextAt: f.nextAt });
        if (give) report.failed++;
        else report.retrying++;
      }
    }
  } finally {
    transport.close();
  }
  return report;
}

function where(d: { subjectType: string | null; subjectId: string | null }): string {
  if (d.subjectType === 'signal') return `Open it in the inbox: /inbox?signal=${d.subjectId}`;
  if (d.subjectType === 'issue') return `Open the issue: /issues/${d.subjectId}`;
  return 'Open your notifications: /notifications';
}
