import fs from 'node:fs';
import path from 'node:path';
import { withStore, type CommonFlags } from './store.js';
import { importMail, parseImapUrl, parseSmtpUrl, pollMailbox, sendDueMail, type MailFormat } from '../modules/mail/index.js';

/** `writeback import signals FILE --format eml|mbox`: email files through the mailbox's intake. */
export async function mailImportCommand(
  file: string,
  format: MailFormat | undefined,
  flags: CommonFlags & { json?: boolean },
): Promise<number> {
  const data = fs.readFileSync(file);
  const s = await withStore(flags, (ctx, _db, config) =>
    importMail({ db: ctx.db, clock: ctx.clock, attachmentsDir: path.join(config.dataDir, 'mail-attachments') }, data, format, 'import'),
  );
  if (flags.json) console.log(JSON.stringify(s));
  else {
    console.log(`${s.read} message(s) read: ${s.newThreads} new thread(s), ${s.followUps} follow-up(s), ${s.duplicates} already there`);
    for (const p of s.partial) console.log(`read in part: signal ${p.signalId}: ${p.problems.join('; ')}`);
  }
  return 0;
}

/** `writeback mail fetch|send`: one mailbox read or one outbox round, for WRITEBACK_JOBS=off or cron. */
export async function mailCommand(sub: string | undefined, flags: CommonFlags & { json?: boolean }): Promise<number> {
  if (sub !== 'fetch' && sub !== 'send') throw new Error('usage: writeback mail fetch|send');
  const r = await withStore(flags, async (ctx, _db, config) => {
    const deps = { db: ctx.db, clock: ctx.clock, logger: ctx.logger, attachmentsDir: path.join(config.dataDir, 'mail-attachments') };
    if (sub === 'fetch') {
      if (!config.imapUrl) throw new Error('WRITEBACK_IMAP_URL is not set');
      return pollMailbox(deps, parseImapUrl(config.imapUrl));
    }
    if (!config.smtpUrl) throw new Error('WRITEBACK_SMTP_URL is not set');
    return sendDueMail(deps, parseSmtpUrl(config.smtpUrl), { limit: 200 });
  });
  console.log(
    flags.json
      ? JSON.stringify(r)
      : Object.entries(r)
          .map(([k, v]) => `${v} ${k}`)
          .join(', '),
  );
  return 0;
}
