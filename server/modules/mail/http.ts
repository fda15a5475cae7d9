// The mail module's doors, mounted at /api: import of .eml/mbox, a signal's email thread with the
// delivery state of its replies, an attachment's bytes, and a failed delivery sent again.
import fs from 'node:fs';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import type { MailDeliveryRetried, MailImportSummary, MailStatus, MailThread } from '../../../contracts/mail.js';
import { getSignal } from '../signals/index.js';
import { importMail } from './import-mail.js';
import { readThread } from './read-thread.js';
import { attachmentPath } from './attachment-store.js';
import { attachmentBySha, mailCounts, requeueMail } from './mail-repository.js';
import { parseImapUrl, parseSmtpUrl } from './mail-url.js';

const importBody = z
  .object({
    format: z.enum(['eml', 'mbox']),
    /** The file's bytes, base64 (an email is bytes in its own charsets, not JSON text). */
    data: z
      .string()
      .min(1, 'must not be empty')
      .max(16 * 1024 * 1024)
      .regex(/^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/, 'must be base64'),
  })
  .strict();

/** What the status route may say about a URL: its non-secret parts, or nothing when it does not parse. */
function describe(imapUrl?: string, smtpUrl?: string): Omit<MailStatus, 'outbox'> {
  const safe = <T>(f: () => T) => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  const imap = imapUrl ? safe(() => parseImapUrl(imapUrl)) : null;
  const smtp = smtpUrl ? safe(() => parseSmtpUrl(smtpUrl)) : null;
  return {
    imap: { set: Boolean(imapUrl), mailbox: imap?.label ?? null },
    smtp: { set: Boolean(smtpUrl), host: smtp?.host ?? null, from: smtp?.from ?? null },
  };
}

export function mailRoutes(ctx: AppContext, opts: { attachmentsDir: string; imapUrl?: string; smtpUrl?: string }) {
  const app = new Hono();
  app.get(
    '/mail/status',
    doc({
      summary:
        'Whether the mailbox (WRITEBACK_IMAP_URL) and the mail server (WRITEBACK_SMTP_URL) are set, never their passwords; the outbox by state',
      responses: { 200: '{ imap: { set, mailbox }, smtp: { set, host, from }, outbox: { queued, retrying, sent, failed } }' },
    }),
    async (c) => {
      const counts = await mailCounts(ctx.db);
      const outbox = { queued: counts.queued ?? 0, retrying: counts.retrying ?? 0, sent: counts.sent ?? 0, failed: counts.failed ?? 0 };
      return c.json({ ...describe(opts.imapUrl, opts.smtpUrl), outbox } satisfies MailStatus);
    },
  );
  app.post(
    '/mail/import',
    doc({
      summary: 'Import email: one message (format eml) or an mbox file (format mbox), its bytes in base64',
      description:
        'Each thread (by Message-ID, In-Reply-To and References) is one signal; quoted history and signatures are taken off the text; attachments are stored and linked. A message read only in part (an attachment over 25 MB, broken MIME, an unknown charset) is stored with what could be read and listed in `partial` with the reasons.',
      body: importBody,
      responses: { 200: 'the import summary: { read, newThreads, followUps, duplicates, signalIds, partial }' },
    }),
    async (c) => {
      const { format, data } = parseInput(importBody, await c.req.json().catch(() => null));
      const body = Buffer.from(data, 'base64');
      const summary = await importMail({ db: ctx.db, clock: ctx.clock, attachmentsDir: opts.attachmentsDir }, body, format, 'api');
      return c.json(summary satisfies MailImportSummary);
    },
  );
  app.get(
    '/signals/:id{[0-9]{1,15}}/mail',
    doc({
      summary: "A signal's email thread (oldest first, with what could not be read) and the delivery state of each reply sent by email",
      errors: ['signal_not_found'],
      responses: { 200: '{ messages, deliveries }' },
    }),
    async (c) => {
      const id = Number(c.req.param('id'));
      await getSignal(ctx.db, id);
      return c.json((await readThread(ctx.db, id)) satisfies MailThread);
    },
  );
  app.get(
    '/mail/attachments/:sha{[0-9a-f]{64}}',
    doc({
      summary: 'The bytes of a stored email attachment, always as a download (never shown as a page)',
      errors: ['not_found'],
      responses: { 200: { description: 'the file', content: ['application/octet-stream'] } },
    }),
    async (c) => {
      const sha = c.req.param('sha');
      const row = await attachmentBySha(ctx.db, sha);
      const file = attachmentPath(opts.attachmentsDir, sha);
      if (!row || !fs.existsSync(file)) throw new AppError('not_found', 'no stored attachment with that hash');
      const name = (row.filename ?? 'attachment').replace(/[\r\n"\\/]/g, '_');
      return c.body(fs.readFileSync(file), 200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        'x-content-type-options': 'nosniff',
      });
    },
  );
  app.post(
    '/mail/deliveries/:id{[0-9]{1,15}}/retry',
    doc({
      summary: 'Send a failed email delivery again (it goes back to the queue, attempts from zero)',
      errors: ['not_found'],
      responses: { 200: '{ id, status: queued }' },
    }),
    async (c) => {
      const id = Number(c.req.param('id'));
      if (!(await requeueMail(ctx.db, id, ctx.clock.now()))) throw new AppError('not_found', 'no failed delivery with that id');
      return c.json({ id, status: 'queued' } satisfies MailDeliveryRetried);
    },
  );
  return app;
}
