import type { AppContext } from '../platform/http/context.js';
import { sendDailyDigests, sendNotificationEmails } from '../modules/notifications/index.js';
import {
  MailUrlError,
  parseImapUrl,
  parseSmtpUrl,
  pollMailbox,
  redact,
  sendDueMail,
  watchMailbox,
  type ImapSettings,
  type SmtpSettings,
} from '../modules/mail/index.js';

export interface MailLoopOptions {
  imapUrl?: string;
  smtpUrl?: string;
  pollSeconds: number;
  attachmentsDir: string;
  sendIntervalMs?: number;
  signal?: AbortSignal;
}

/**
 * Email inside the serving process: the mailbox is read every pollSeconds and whenever the
 * server signals a new message (IDLE), one read at a time; the outbox is sent every few seconds.
 * Nothing is logged that carries a URL or a password. stop() waits for a running round.
 */
export function startMailLoop(ctx: AppContext, o: MailLoopOptions): () => Promise<void> {
  let imap: ImapSettings | undefined;
  let smtp: SmtpSettings | undefined;
  try {
    imap = o.imapUrl ? parseImapUrl(o.imapUrl) : undefined;
    smtp = o.smtpUrl ? parseSmtpUrl(o.smtpUrl) : undefined;
  } catch (e) {
    if (!(e instanceof MailUrlError)) throw e;
    ctx.logger.warn('mail is off', { reason: e.message });
    return () => Promise.resolve();
  }
  const deps = { db: ctx.db, clock: ctx.clock, logger: ctx.logger, attachmentsDir: o.attachmentsDir };
  const secrets = [imap?.pass ?? '', smtp?.pass ?? ''];
  const running = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    running.add(p);
    void p.finally(() => running.delete(p));
  };

  let polling = false;
  let again = false;
  const poll = () => {
    if (!imap || o.signal?.aborted) return;
    if (polling) {
      again = true;
      return;
    }
    polling = true;
    track(
      pollMailbox(deps, imap)
        .then((r) => {
          if (r.read) ctx.logger.info('mail read', { mailbox: imap!.label, ...r });
        })
        .catch((e) => ctx.logger.warn('mailbox read failed', { mailbox: imap!.label, error: redact(String(e?.message ?? e), secrets) }))
        .finally(() => {
          polling = false;
          if (again) {
            again = false;
            poll();
          }
        }),
    );
  };

  let sending = false;
  const send = () => {
    if (!smtp || sending || o.signal?.aborted) return;
    sending = true;
    track(
      sendDueMail(deps, smtp)
        .then((r) => {
          if (r.sent || r.failed || r.retrying) ctx.logger.info('mail sent', { ...r });
        })
        .then(() => sendNotificationEmails(ctx, smtp))
        .then((r) => {
          if (r.sent || r.failed || r.retrying) ctx.logger.info('notification emails sent', { ...r });
        })
        .then(() => sendDailyDigests(ctx, smtp!))
        .then((r) => {
          if (r.sent || r.failed || r.retrying) ctx.logger.info('daily digests sent', { ...r });
        })
        .catch((e) => ctx.logger.warn('mail sending failed', { error: redact(String(e?.message ?? e), secrets) }))
        .finally(() => {
          sending = false;
        }),
    );
  };

  const timers: NodeJS.Timeout[] = [];
  let stopWatch: () => Promise<void> = () => Promise.resolve();
  if (imap) {
    poll();
    timers.push(setInterval(poll, o.pollSeconds * 1000));
    stopWatch = watchMailbox(imap, poll, ctx.logger);
  }
  if (smtp) timers.push(setInterval(send, o.sendIntervalMs ?? 5_000));
  for (const t of timers) t.unref();
  return async () => {
    for (const t of timers) clearInterval(t);
    await stopWatch();
    await Promise.all([...running]);
  };
}
