// The daily digest: once a local day (the store's time zone, WRITEBACK_TIMEZONE), at or after the
// hour each person chose, one plain-text email over WRITEBACK_SMTP_URL with what they were told
// in the last 24 hours, how much is unread and how many open signals they hold. Off unless the
// person turns it on. A day with nothing to say sends nothing. A refused send is tried again with
// a doubling wait, at most MAX_ATTEMPTS times, and never after its day. Titles hold ids and
// labels only, never customer text.
import { DateTime } from 'luxon';
import type { AppContext } from '../../platform/http/context.js';
import { type SmtpSettings, smtpTransport } from '../mail/index.js';
import { mailFailure } from './mail-failure.js';
import { findUsersByIds } from '../people/index.js';
import { openLoadByAssignee } from '../signals/index.js';
import { countUnread } from './notification-repository.js';
import { claimDigests, digestsDueAt, markDigest, notificationsBetween } from './digest-repository.js';

const MAX_ATTEMPTS = 5;

export async function sendDailyDigests(
  ctx: Pick<AppContext, 'db' | 'clock' | 'config'>,
  smtp: SmtpSettings,
): Promise<{ sent: number; empty: number; retrying: number; failed: number }> {
  const now = ctx.clock.now();
  const local = DateTime.fromJSDate(now, { zone: ctx.config.timeZone });
  const day = local.toISODate()!;
  const report = { sent: 0, empty: 0, retrying: 0, failed: 0 };
  const due = await digestsDueAt(ctx.db, local.hour);
  const claimed = await claimDigests(ctx.db, due, day, now, MAX_ATTEMPTS);
  if (claimed.length === 0) return report;
  const users = await findUsersByIds(
    ctx.db,
    claimed.map((c) => c.userId),
  );
  const load = await openLoadByAssignee(ctx.db);
  const transport = smtpTransport(smtp);
  try {
    for (const c of claimed) {
      const user = users.get(c.userId);
      const told = user ? await notificationsBetween(ctx.db, c.userId, new Date(now.getTime() - 86_400_000), now) : [];
      const unread = user ? await countUnread(ctx.db, c.userId) : 0;
      const open = load.get(c.userId) ?? 0;
      if (!user?.active || (told.length === 0 && unread === 0 && open === 0)) {
        await markDigest(ctx.db, c.userId, day, { state: 'empty', at: now });
        report.empty++;
        continue;
      }
      const lines = [
        `Good morning ${user.name},`,
        '',
        `In the last 24 hours you were told ${told.length} ${told.length === 1 ? 'thing' : 'things'}; ${unread} unread in all. You hold ${open} open ${open === 1 ? 'signal' : 'signals'}.`,
        '',
        ...told.map((n) => `- ${n.title}${n.read_at ? '' : ' (unread)'}`),
        ...(told.length > 0 ? [''] : []),
        'Your notifications: /notifications (turn this digest off or change its hour there).',
        '',
      ];
      try {
        await transport.sendMail({
          from: smtp.from,
          to: user.email,
          subject: `Writeback digest for ${day}: ${told.length} new, ${unread} unread`,
          text: lines.join('\n'),
          date: now,
        });
        await markDigest(ctx.db, c.userId, day, { state: 'sent', at: ctx.clock.now() });
        report.sent++;
      } catch (e) {
        const f = mailFailure(e, c.attempts, MAX_ATTEMPTS, ctx.clock.now(), smtp.pass);
        const give = f.giveUp;
        await markDigest(ctx.db, c.userId, day, { state: give ? 'failed' : 'retrying', error: f.error, at: now, nextAt: f.nextAt });
        if (give) report.failed++;
        else report.retrying++;
      }
    }
  } finally {
    transport.close();
  }
  return report;
}
