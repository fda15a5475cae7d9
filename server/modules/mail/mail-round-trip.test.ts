// The whole email loop against real servers on loopback: a private dovecot (IMAP) holds the
// customer's messages, Writeback reads them into one signal per thread, an agent's reply goes out
// through a real SMTP server (smtp-server) with the thread headers, and the customer's answer to
// that reply joins the same signal. Runs on both engines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapFlow } from 'imapflow';
import { buildTestApp } from '../../test/http.js';
import { startPrivateDovecot, type PrivateDovecot } from '../../test/private-dovecot.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../test/loopback-smtp.js';
import { parseImapUrl, parseSmtpUrl, pollMailbox, sendDueMail, backoffMs } from './index.js';
import type { MailThread } from '../../../contracts/mail.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let dovecot: PrivateDovecot;
let smtp: LoopbackSmtp;
let dir: string;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function message(o: { id: string; date: string; subject: string; body: string; inReplyTo?: string; refs?: string[]; attach?: Buffer }) {
  const head = [
    'From: Anna Meyer <anna@customer.example>',
    'To: Shop Support <support@shop.example>',
    `Subject: ${o.subject}`,
    `Date: ${o.date}`,
    `Message-ID: ${o.id}`,
    ...(o.inReplyTo ? [`In-Reply-To: ${o.inReplyTo}`] : []),
    ...(o.refs ? [`References: ${o.refs.join(' ')}`] : []),
    'MIME-Version: 1.0',
  ];
  if (!o.attach) return [...head, 'Content-Type: text/plain; charset=utf-8', '', o.body, ''].join('\r\n');
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body,
    '--b1',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="strap.png"',
    '',
    o.attach.toString('base64'),
    '--b1--',
    '',
  ].join('\r\n');
}

async function deliver(raw: string) {
  const c = new ImapFlow({
    host: '127.0.0.1',
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await c.connect();
  await c.append('INBOX', raw);
  await c.logout();
}

const deps = () => ({ db: t.ctx.db, clock: t.clock, attachmentsDir: dir });
const thread = async (id: number) => (await t.call('GET', `/api/signals/${id}/mail`)).body as MailThread;
const emailSignals = async () =>
  (await t.call('GET', '/api/signals?channel=email&limit=100')).body.items as {
    id: number;
    text: string;
    title: string;
    attachments: { kind: string; url: string }[];
  }[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-mail-'));
  [dovecot, smtp] = await Promise.all([startPrivateDovecot(), startLoopbackSmtp()]);
  t = await buildTestApp({ now: '2026-11-16T12:00:00Z', mailAttachmentsDir: dir });
}, 30_000);
afterAll(async () => {
  await t?.close();
  await Promise.all([dovecot?.stop(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('email both ways, against dovecot and smtp-server on loopback', () => {
  let signalId = 0;
  const ROOT = '<order-1042-strap@customer.example>';
  const FOLLOW = '<order-1042-again@customer.example>';

  it('a message in the mailbox becomes one email signal: quote and signature off, the photo stored and linked', async () => {
    await deliver(
      message({
        id: ROOT,
        date: 'Sun, 15 Nov 2026 09:30:00 +0100',
        subject: 'Strap missing from order 1042',
        body: [
          'Hello,',
          '',
          'The shoulder strap was not in the box of my weekender bag. Photo attached.',
          '',
          'Best regards,',
          'Anna',
          '--',
          'Anna Meyer | +49 170 0000000',
          '',
          'On Fri, Nov 13, 2026 at 10:00 AM Shop <support@shop.example> wrote:',
          '> Your order 1042 has shipped.',
          '> Tracking: 00340434',
        ].join('\r\n'),
        attach: PNG,
      }),
    );
    const r = await pollMailbox(deps(), parseImapUrl(dovecot.url));
    expect(r).toMatchObject({ read: 1, newThreads: 1, followUps: 0 });
    const [s] = await emailSignals();
    expect(s).toBeDefined();
    signalId = s!.id;
    expect(s!.title).toBe('Strap missing from order 1042');
    expect(s!.text).toContain('shoulder strap was not in the box');
    expect(s!.text).not.toMatch(/Tracking|has shipped|\+49 170|Best regards/);
    expect(s!.attachments).toEqual([{ kind: 'photo', url: expect.stringMatching(/^\/api\/mail\/attachments\/[0-9a-f]{64}$/) }]);
    const res = await t.app.request(s!.attachments[0]!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toContain('strap.png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
  });

  it('reading again finds nothing new (the cursor), and the customer follow-up joins the same signal', async () => {
    expect(await pollMailbox(deps(), parseImapUrl(dovecot.url))).toMatchObject({ read: 0 });
    await deliver(
      message({
        id: FOLLOW,
        date: 'Sun, 15 Nov 2026 18:00:00 +0100',
        subject: 'Re: Strap missing from order 1042',
        body: 'Any news? I need the bag on Friday.\r\n\r\nOn Sun, Nov 15, 2026 Anna wrote:\r\n> The shoulder strap was not in the box',
        inReplyTo: ROOT,
        refs: [ROOT],
      }),
    );
    expect(await pollMailbox(deps(), parseImapUrl(dovecot.url))).toMatchObject({ read: 1, newThreads: 0, followUps: 1 });
    expect(await emailSignals()).toHaveLength(1);
    const th = await thread(signalId);
    expect(th.messages.map((m) => m.messageId)).toEqual([ROOT, FOLLOW]);
    expect(th.messages[1]!.text).toBe('Any news? I need the bag on Friday.');
  });

  it('a reply written in Writeback is queued, then sent over SMTP with In-Reply-To and References', async () => {
    const rec = await t.call('POST', `/api/signals/${signalId}/replies`, {
      text: 'Hello Anna, we are sending the strap today by express and will share the tracking number.',
      author: 'sam',
    });
    expect(rec.status).toBe(201);
    let th = await thread(signalId);
    expect(th.deliveries).toEqual([
      expect.objectContaining({ replyId: rec.body.id, status: 'queued', to: 'anna@customer.example', attempts: 0 }),
    ]);

    const sent = await sendDueMail(deps(), parseSmtpUrl(smtp.url({ from: 'support@shop.example' })));
    expect(sent).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.envelopeTo).toEqual(['anna@customer.example']);
    expect(got.mail.subject).toBe('Re: Strap missing from order 1042');
    expect(got.mail.from?.value[0]?.address).toBe('support@shop.example');
    expect(got.mail.inReplyTo).toBe(FOLLOW);
    expect(got.mail.references).toEqual([ROOT, FOLLOW]);
    expect(got.mail.text).toContain('sending the strap today');
    th = await thread(signalId);
    expect(th.deliveries[0]).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: '2026-11-16T12:00:00.000Z' });

    // The customer answers our reply: it threads to it and joins the same signal.
    const ours = got.mail.messageId!;
    await deliver(
      message({
        id: '<thanks-1042@customer.example>',
        date: 'Mon, 16 Nov 2026 13:30:00 +0100',
        subject: 'Re: Strap missing from order 1042',
        body: 'Thank you!',
        inReplyTo: ours,
        refs: [ROOT, FOLLOW, ours],
      }),
    );
    expect(await pollMailbox(deps(), parseImapUrl(dovecot.url))).toMatchObject({ followUps: 1, newThreads: 0 });
    expect((await thread(signalId)).messages.map((m) => m.direction)).toEqual(['in', 'in', 'out', 'in']);
  });

  it('a refusal to try later is retried with a doubling wait; a permanent refusal fails with its reason and can be sent again', async () => {
    const settings = parseSmtpUrl(smtp.url({ from: 'support@shop.example' }));
    const rec = await t.call('POST', `/api/signals/${signalId}/replies`, {
      text: 'The strap left our warehouse this morning.',
      author: 'sam',
    });
    smtp.refuseWith = { code: 451, message: 'Mailbox busy, try later' };
    expect(await sendDueMail(deps(), settings)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let d = (await thread(signalId)).deliveries.find((x) => x.replyId === rec.body.id)!;
    expect(d).toMatchObject({ status: 'retrying', attempts: 1 });
    expect(d.lastError).toMatch(/451.*try later/i);
    expect(Date.parse(d.nextAttemptAt!) - t.clock.now().getTime()).toBe(backoffMs(1));
    // Not due yet: nothing is sent.
    smtp.refuseWith = null;
    expect(await sendDueMail(deps(), settings)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    t.clock.advance(backoffMs(1));
    expect(await sendDueMail(deps(), settings)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    d = (await thread(signalId)).deliveries.find((x) => x.replyId === rec.body.id)!;
    expect(d).toMatchObject({ status: 'sent', attempts: 2 });

    const bad = await t.call('POST', `/api/signals/${signalId}/replies`, { text: 'One more thing about your order.', author: 'sam' });
    smtp.refuseWith = { code: 550, message: 'No such user here' };
    expect(await sendDueMail(deps(), settings)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    d = (await thread(signalId)).deliveries.find((x) => x.replyId === bad.body.id)!;
    expect(d.status).toBe('failed');
    expect(d.lastError).toMatch(/550.*No such user/);
    smtp.refuseWith = null;
    const again = await t.call('POST', `/api/mail/deliveries/${d.id}/retry`);
    expect(again).toMatchObject({ status: 200, body: { id: d.id, status: 'queued' } });
    expect(await sendDueMail(deps(), settings)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect((await t.call('POST', `/api/mail/deliveries/${d.id}/retry`)).status).toBe(404);
  });

  it('a public reply, a reply recorded as sent earlier and a reply on a signal that did not come by email are not emailed', async () => {
    const before = (await thread(signalId)).deliveries.length;
    await t.call('POST', `/api/signals/${signalId}/replies`, { text: 'Thanks for your patience, the strap is on its way.', public: true });
    expect((await thread(signalId)).deliveries).toHaveLength(before);
    const chat = await t.call('POST', '/api/signals', {
      channel: 'chat',
      externalId: 'chat-1',
      receivedAt: '2026-11-16T10:00:00Z',
      text: 'Where is my parcel?',
    });
    await t.call('POST', `/api/signals/${chat.body.id}/replies`, { text: 'It arrives tomorrow by noon.' });
    expect(await thread(chat.body.id)).toEqual({ messages: [], deliveries: [] });
    // A reply recorded with an earlier time was sent from another tool: it is recorded, not emailed again.
    await t.call('POST', `/api/signals/${signalId}/replies`, { text: 'We sent a replacement strap.', at: '2026-11-16T08:00:00Z' });
    expect((await thread(signalId)).deliveries).toHaveLength(before);
  });
});

describe('secrets stay out of answers and reasons', () => {
  it('a login the SMTP server refuses is a failed delivery whose reason does not carry the password', async () => {
    const locked = await startLoopbackSmtp({ user: 'shop', pass: 'right-password' });
    try {
      const [s] = await emailSignals();
      await t.call('POST', `/api/signals/${s!.id}/replies`, { text: 'We have refunded the shipping cost.' });
      const wrong = parseSmtpUrl(locked.url({ user: 'shop', pass: 'Wr0ng-Secret-Pass', from: 'support@shop.example' }));
      const r = await sendDueMail(deps(), wrong);
      expect(r.failed).toBe(1);
      const body = JSON.stringify(await thread(s!.id));
      expect(body).toMatch(/535/);
      expect(body).not.toContain('Wr0ng-Secret-Pass');
      expect(locked.received).toHaveLength(0);
    } finally {
      await locked.stop();
    }
  });

  it('a mailbox that refuses the login fails without the password in the error', async () => {
    const url = dovecot.url.replace(dovecot.password, 'N0t-The-Pass');
    const err = await pollMailbox(deps(), parseImapUrl(url)).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).not.toContain('N0t-The-Pass');
  });
});
