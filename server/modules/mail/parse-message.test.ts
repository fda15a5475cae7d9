import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse-message.js';
import { splitMbox } from './split-mbox.js';
import { stripQuotedAndSignature } from './strip-quoted.js';

describe('parseMessage', () => {
  it('decodes RFC 2047 headers and quoted-printable text, and keeps thread ids', async () => {
    const m = await parseMessage(
      Buffer.from(
        [
          'From: =?UTF-8?B?SsO8cmdlbg==?= <Juergen@Customer.example>',
          'Subject: =?UTF-8?Q?Gr=C3=B6=C3=9Fe_passt_nicht?=',
          'Message-ID: <a1@customer.example>',
          'In-Reply-To: <a0@shop.example>',
          'References: <root@shop.example> <a0@shop.example>',
          'Date: Sat, 14 Nov 2026 08:00:00 +0100',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          'Die Gr=C3=B6=C3=9Fe M ist zu klein.',
          '',
        ].join('\r\n'),
      ),
    );
    expect(m).toMatchObject({
      messageId: '<a1@customer.example>',
      inReplyTo: '<a0@shop.example>',
      references: ['<root@shop.example>', '<a0@shop.example>'],
      fromAddress: 'juergen@customer.example',
      subject: 'Größe passt nicht',
      text: 'Die Größe M ist zu klein.',
      problems: [],
    });
    expect(m.date?.toISOString()).toBe('2026-11-14T07:00:00.000Z');
  });

  it('a message without a Message-ID gets a stable one from its bytes', async () => {
    const raw = Buffer.from('From: a@customer.example\r\nSubject: x\r\n\r\nHello\r\n');
    const a = await parseMessage(raw);
    expect(a.messageId).toMatch(/^<sha256\.[0-9a-f]{64}@writeback\.invalid>$/);
    expect((await parseMessage(raw)).messageId).toBe(a.messageId);
  });

  it('an HTML-only message becomes text, its markup never kept', async () => {
    const m = await parseMessage(
      Buffer.from(
        'From: a@customer.example\r\nMessage-ID: <h1@x>\r\nContent-Type: text/html\r\n\r\n<p>The <b>handle</b> broke.</p><script>alert(1)</script>\r\n',
      ),
    );
    expect(m.text).toContain('The handle broke.');
    expect(m.text).not.toMatch(/<b>|<script>/);
  });
});

describe('stripQuotedAndSignature', () => {
  it('takes off a reply header with its quote, and a signature', () => {
    expect(stripQuotedAndSignature('Still broken.\n\nSent from my iPhone\n\nOn Mon, 2 Nov 2026, Shop wrote:\n> Sorry to hear that')).toBe(
      'Still broken.',
    );
  });
  it('keeps a message that is only a quote rather than leave nothing', () => {
    expect(stripQuotedAndSignature('> only a quote')).toBe('> only a quote');
  });
});

describe('splitMbox', () => {
  it('splits on From_ lines after a blank line only, and unquotes >From', () => {
    const parts = splitMbox(
      Buffer.from(
        'From a@x Mon Nov 16 10:00:00 2026\nSubject: 1\n\nFrom here on it broke.\n>From the start.\n\nFrom b@x Mon Nov 16 11:00:00 2026\nSubject: 2\n\nTwo\n',
      ),
    );
    expect(parts.map((p) => p.toString())).toEqual(['Subject: 1\n\nFrom here on it broke.\nFrom the start.\n', 'Subject: 2\n\nTwo\n']);
  });
});
