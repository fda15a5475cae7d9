// The serving process's mail loop against real servers on loopback: a message that arrives in the
// mailbox is read at once (IDLE), not at the next scheduled poll, and a reply goes out on the
// loop's own timer. Nothing it logs carries a password.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapFlow } from 'imapflow';
import { buildTestApp } from '../test/http.js';
import { startPrivateDovecot, type PrivateDovecot } from '../test/private-dovecot.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../test/loopback-smtp.js';
import { createLogger } from '../platform/logger.js';
import { startMailLoop } from './mail-loop.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let dovecot: PrivateDovecot;
let smtp: LoopbackSmtp;
let dir: string;
const lines: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-mail-loop-'));
  [dovecot, smtp] = await Promise.all([startPrivateDovecot(), startLoopbackSmtp({ user: 'shop', pass: 'smtp-Secret-42' })]);
  t = await buildTestApp({ now: '2026-11-16T12:00:00Z', mailAttachmentsDir: dir });
  t.ctx.logger = createLogger('debug', (l) => lines.push(l));
}, 30_000);
afterAll(async () => {
  await t?.close();
  await Promise.all([dovecot?.stop(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function until<T>(fn: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('mail loop', () => {
  it('reads a new message on IDLE, sends the reply, logs no secret', async () => {
    const stop = startMailLoop(t.ctx, {
      imapUrl: dovecot.url,
      smtpUrl: smtp.url({ user: 'shop', pass: 'smtp-Secret-42', from: 'support@shop.example' }),
      pollSeconds: 3600, // the scheduled poll is an hour away: only IDLE can bring the message in
      attachmentsDir: dir,
      sendIntervalMs: 200,
    });
    try {
      // Let the first poll and the IDLE connection settle on the empty mailbox.
      await new Promise((r) => setTimeout(r, 1500));
      const c = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot.port,
        secure: false,
        auth: { user: dovecot.user, pass: dovecot.password },
        logger: false,
      });
      await c.connect();
      await c.append(
        'INBOX',
        'From: eva@customer.example\r\nTo: support@shop.example\r\nSubject: Wrong colour\r\nDate: Mon, 16 Nov 2026 10:00:00 +0000\r\nMessage-ID: <colour-9@customer.example>\r\n\r\nI ordered the green mug and got a blue one.\r\n',
      );
      await c.logout();
      const id = await until(async () => {
        const r = await t.call('GET', '/api/signals?channel=email');
        return (r.body.items as { id: number }[])[0]?.id;
      }, 10_000);
      await t.call('POST', `/api/signals/${id}/replies`, { text: 'Sorry about that, a green mug is on its way.' });
      await until(async () => (smtp.received.length ? true : undefined), 10_000);
      expect(smtp.received[0]!.mail.inReplyTo).toBe('<colour-9@customer.example>');
    } finally {
      await stop();
    }
    const log = lines.join('\n');
    expect(log).toMatch(/mail read/);
    expect(log).not.toContain(dovecot.password);
    expect(log).not.toContain('smtp-Secret-42');
  }, 40_000);

  it('a URL that is not a mail URL turns mail off with a reason that does not repeat the URL', async () => {
    lines.length = 0;
    const stop = startMailLoop(t.ctx, { imapUrl: 'https://shop:Top-Secret-1@imap.example/INBOX', pollSeconds: 60, attachmentsDir: dir });
    await stop();
    expect(lines.join('\n')).toMatch(/mail is off.*imap:\/\/ or imaps:\/\//);
    expect(lines.join('\n')).not.toContain('Top-Secret-1');
  });
});
