// Email that cannot be read whole still becomes a signal with what could be read, and says why
// for the rest: an attachment over the limit, a broken MIME structure, a charset nobody knows.
// Bytes that are not an email at all are refused by name at the API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { createApp } from '../../app.js';
import { importMail, MAX_ATTACHMENT_BYTES } from './index.js';
import type { MailImportSummary, MailStatus, MailThread } from '../../../contracts/mail.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-mail-bad-'));
  t = await buildTestApp({ now: '2026-11-16T12:00:00Z', mailAttachmentsDir: dir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function postMail(raw: string | Buffer, format = 'eml') {
  const r = await t.call('POST', '/api/mail/import', { format, data: Buffer.from(raw).toString('base64') });
  return r as { status: number; body: MailImportSummary & { error?: { code: string; message: string } } };
}
const thread = async (id: number) => (await t.call('GET', `/api/signals/${id}/mail`)).body as MailThread;
const signal = async (id: number) =>
  (await t.call('GET', `/api/signals/${id}`)).body as { text: string; title: string; attachments: unknown[] };

const HEAD = (id: string) =>
  [
    'From: Ben <ben@customer.example>',
    'To: support@shop.example',
    'Subject: Order 2001',
    'Date: Sun, 15 Nov 2026 09:00:00 +0000',
    `Message-ID: ${id}`,
    'MIME-Version: 1.0',
  ].join('\r\n');

describe('email read in part', () => {
  it('a 30 MB attachment: the text is kept, the big file is listed with the reason and not stored', async () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 7);
    const raw = Buffer.concat([
      Buffer.from(
        `${HEAD('<big-1@customer.example>')}\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nThe video shows the zip tearing off on first use.\r\n--zz\r\nContent-Type: video/mp4\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="zip.mp4"\r\n\r\n`,
      ),
      Buffer.from(big.toString('base64').replace(/.{76}/g, '$&\r\n')),
      Buffer.from('\r\n--zz--\r\n'),
    ]);
    const s = await importMail({ db: t.ctx.db, clock: t.clock, attachmentsDir: dir }, raw, 'eml');
    expect(s).toMatchObject({ read: 1, newThreads: 1 });
    expect(s.partial[0]!.problems.join(' ')).toMatch(/"zip\.mp4" is 30\.0 MB, over the 25\.0 MB .*not stored/);
    const id = s.signalIds[0]!;
    expect((await signal(id)).text).toBe('The video shows the zip tearing off on first use.');
    expect((await signal(id)).attachments).toEqual([]);
    const th = await thread(id);
    expect(th.messages[0]!.attachments).toEqual([
      { filename: 'zip.mp4', contentType: 'video/mp4', size: 30 * 1024 * 1024, url: null, reason: expect.stringMatching(/not stored/) },
    ]);
    expect(MAX_ATTACHMENT_BYTES).toBeLessThan(30 * 1024 * 1024);
  }, 60_000);

  it('broken MIME (a multipart never closed, bad base64): the readable part is the signal, the reason is kept', async () => {
    const raw = `${HEAD('<broken-1@customer.example>')}\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nThe lid of the lunch box cracked in the dishwasher.\r\n--XX\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=lid.jpg\r\n\r\n!!!not base64 at all@@@`;
    const r = await postMail(raw);
    expect(r.status).toBe(200);
    expect(r.body.newThreads).toBe(1);
    expect(r.body.partial[0]!.problems.join(' ')).toMatch(/MIME structure is broken.*"XX" is never closed/);
    const id = r.body.signalIds[0]!;
    expect((await signal(id)).text).toContain('lid of the lunch box cracked');
    expect((await thread(id)).messages[0]!.problems[0]).toMatch(/never closed/);
  });

  it('an unknown charset: the text is decoded as well as it can be and the signal names the charset', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        `${HEAD('<charset-1@customer.example>')}\r\nContent-Type: text/plain; charset=x-klingon-8\r\n\r\nThe colour is not what the photo shows `,
      ),
      Buffer.from([0xe9, 0xe8]),
      Buffer.from(' at all.\r\n'),
    ]);
    const r = await postMail(raw);
    expect(r.status).toBe(200);
    expect(r.body.partial[0]!.problems.join(' ')).toMatch(/unknown character set "x-klingon-8"/);
    expect((await signal(r.body.signalIds[0]!)).text).toContain('The colour is not what the photo shows');
  });

  it('bytes with no header are refused by name; so are an empty file, a wrong format and data that is not base64', async () => {
    const r = await postMail('just some words, not an email');
    expect(r.status).toBe(400);
    expect(r.body.error!.message).toMatch(/^body: /);
    const e = await postMail('');
    expect(e.status).toBe(400);
    expect(e.body.error!.message).toMatch(/^data: /);
    expect((await postMail('nothing', 'mbox')).status).toBe(400);
    expect((await t.call('POST', '/api/mail/import', { format: 'pst', data: 'AAAA' })).body.error.message).toMatch(/^format: /);
    expect((await t.call('POST', '/api/mail/import', { format: 'eml', data: '%%%' })).body.error.message).toMatch(/^data: must be base64/);
  });

  it('an mbox: messages split on From_ lines, >From unquoted, a thread is one signal, a second import stores nothing', async () => {
    const mbox = [
      'From ben@customer.example Sun Nov 15 09:00:00 2026',
      HEAD('<m1@customer.example>').replace('Order 2001', 'Kettle leaks'),
      '',
      'The kettle leaks from the base.',
      '>From what I can see the seal is loose.',
      '',
      'From ben@customer.example Sun Nov 15 10:00:00 2026',
      HEAD('<m2@customer.example>').replace('Order 2001', 'Re: Kettle leaks'),
      'In-Reply-To: <m1@customer.example>',
      'References: <m1@customer.example>',
      '',
      'It is worse today.',
      '',
      'From cara@customer.example Sun Nov 15 11:00:00 2026',
      HEAD('<m3@customer.example>').replace('Ben <ben@', 'Cara <cara@').replace('Order 2001', 'Wrong size'),
      '',
      'I ordered M and got L.',
      '',
    ].join('\n');
    const r = await postMail(mbox, 'mbox');
    expect(r.body).toMatchObject({ read: 3, newThreads: 2, followUps: 1, duplicates: 0, partial: [] });
    const [kettle] = r.body.signalIds;
    expect((await signal(kettle!)).text).toBe('The kettle leaks from the base.\nFrom what I can see the seal is loose.');
    expect((await thread(kettle!)).messages.map((m) => m.text)).toEqual([
      'The kettle leaks from the base.\nFrom what I can see the seal is loose.',
      'It is worse today.',
    ]);
    const again = await postMail(mbox, 'mbox');
    expect(again.body).toMatchObject({ read: 3, newThreads: 0, followUps: 0, duplicates: 3 });
  });
});

describe('mail status', () => {
  it('says what is set and the outbox by state, never a password', async () => {
    const app = createApp(t.ctx, {
      mailAttachmentsDir: dir,
      mail: {
        imapUrl: 'imaps://support%40shop.example:Imap-Secret-1@imap.example.com/INBOX',
        smtpUrl: 'smtps://u:Smtp-Secret-2@smtp.example.com:465?from=support@shop.example',
      },
    });
    const res = await app.request('/api/mail/status');
    const text = await res.text();
    expect(text).not.toMatch(/Imap-Secret-1|Smtp-Secret-2/);
    expect(JSON.parse(text) as MailStatus).toEqual({
      imap: { set: true, mailbox: 'support@shop.example@imap.example.com/INBOX' },
      smtp: { set: true, host: 'smtp.example.com', from: 'support@shop.example' },
      outbox: { queued: 0, retrying: 0, sent: 0, failed: 0 },
    });
    expect(await (await t.app.request('/api/mail/status')).json()).toMatchObject({
      imap: { set: false, mailbox: null },
      smtp: { set: false },
    });
  });
});
