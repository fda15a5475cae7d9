import { runDueJobs } from '../jobs.js';
import { runReviewRequestDeliveries } from '../modules/reviews/index.js';
import { deliverNotificationWebhooks, sendDailyDigests, sendNotificationEmails } from '../modules/notifications/index.js';
import { parseSmtpUrl } from '../modules/mail/index.js';
import { withStore, type CommonFlags } from './store.js';
import { registerStoreFileRemovers } from './customers.js';

export async function jobsCommand(sub: string | undefined, flags: CommonFlags & { once?: boolean; json?: boolean }): Promise<number> {
  if (sub !== 'run' || !flags.once) throw new Error('usage: writeback jobs run --once [--json]');
  const reports = await withStore(flags, async (ctx, _db, config) => {
    registerStoreFileRemovers(config.dataDir); // the retention job erases files too
    const pass = await runDueJobs(ctx);
    // Webhook deliveries are not part of the pass; with no serving process, this is their worker.
    const delivered = await runReviewRequestDeliveries(ctx, { secret: config.webhookSecret, allowPrivate: config.webhookAllowPrivate });
    const notified = await deliverNotificationWebhooks(ctx, { allowPrivate: config.webhookAllowPrivate });
    // Notification emails and the daily digests, when an SMTP server is set (serve's mail loop sends them too).
    const smtp = config.smtpUrl ? parseSmtpUrl(config.smtpUrl) : undefined;
    const mailed = smtp
      ? [
          { job: 'notification-emails', ran: true, result: await sendNotificationEmails(ctx, smtp) },
          { job: 'daily-digests', ran: true, result: await sendDailyDigests(ctx, smtp) },
        ]
      : [];
    return [
      ...pass,
      { job: 'webhook-deliveries', ran: true, result: delivered },
      { job: 'notification-webhooks', ran: true, result: notified },
      ...mailed,
    ];
  });
  if (flags.json) console.log(JSON.stringify(reports));
  else for (const r of reports) console.log(`${r.job}: ${r.ran ? JSON.stringify(r.result) : 'skipped (another process holds it)'}`);
  return 0;
}
