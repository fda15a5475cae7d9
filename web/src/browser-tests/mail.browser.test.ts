// The inbox's reply area for an email signal, in a real browser: the thread as the customer wrote
// it (with what could not be read), a reply recorded there is queued, and its delivery state
// (sent, failed with the reason, "Send again") is shown as the outbox has it. Mail goes through a
// real SMTP server on loopback (smtp-server).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MailImportSummary, MailThread } from '../../../contracts/mail.js';
import { apiJson as callApi, launchBrowser, screenshotPath, startServer, watchApi, type RunningServer } from './harness.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../../server/test/loopback-smtp.js';
import { parseSmtpUrl, sendDueMail } from '../../../server/modules/mail/index.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
let smtp: LoopbackSmtp;
const apiJson = <T>(method: string, path: string, body?: unknown) => callApi<T>(server.url, method, path, body);

const EML = [
  'From: Dana Novak <dana@customer.example>',
  'To: support@shop.example',
  'Subject: Lamp arrived with a cracked shade',
  'Date: Sun, 15 Nov 2026 08:00:00 +0000',
  'Message-ID: <lamp-77@customer.example>',
  'Content-Type: multipart/mixed; boundary="p"',
  '',
  '--p',
  'Content-Type: text/plain; charset=x-unknown-8',
  '',
  'The glass shade of the desk lamp was cracked when I opened the box.',
  '',
  'Kind regards,',
  'Dana',
  '--p',
  'Content-Type: image/png',
  'Content-Transfer-Encoding: base64',
  'Content-Disposition: attachment; filename="shade.png"',
  '',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  '--p--',
  '',
].join('\r\n');

beforeAll(async () => {
  browser = await launchBrowser();
  [server, smtp] = await Promise.all([startServer(), startLoopbackSmtp()]);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  apiWatch = watchApi(page);
}, 240_000);
afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.stop();
});

describe('email in the inbox reply area', () => {
  let signalId = 0;
  const send = () => sendDueMail({ db: server.ctx.db, clock: server.ctx.clock }, parseSmtpUrl(smtp.url({ from: 'support@shop.example' })));

  it('shows the thread with its reading problem; a reply is queued, then shown sent', async () => {
    const imp = await apiJson<MailImportSummary>('POST', '/api/mail/import', { format: 'eml', data: Buffer.from(EML).toString('base64') });
    signalId = imp.body.signalIds[0]!;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${server.url}/inbox?signal=${signalId}`);
    const detail = page.getByTestId('signal-detail');
    const thread = detail.getByRole('region', { name: 'Email thread' });
    await thread.waitFor();
    expect(await thread.innerText()).toContain('dana@customer.example');
    expect(await thread.innerText()).toMatch(/read in part[\s\S]*unknown character set "x-unknown-8"/i);
    expect(await thread.innerText()).not.toContain('Kind regards');
    // The photo is a link to its stored bytes, in the attachments and in the thread.
    const link = detail.getByRole('link', { name: /^\/api\/mail\/attachments\/[0-9a-f]{64}$/ });
    expect(await link.getAttribute('href')).toMatch(/^\/api\/mail\/attachments\/[0-9a-f]{64}$/);
    expect(await thread.getByRole('link', { name: 'shade.png' }).getAttribute('href')).toBe(await link.getAttribute('href'));

    await detail.getByRole('textbox', { name: 'Reply' }).fill('We are sorry about the shade; a new lamp leaves our warehouse today.');
    await detail.getByRole('button', { name: 'Record reply' }).click();
    await detail.getByText('queued to be sent by email').waitFor();
    await detail.getByText('email queued').waitFor();

    expect(await send()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received[0]!.mail.inReplyTo).toBe('<lamp-77@customer.example>');
    await page.reload();
    await detail.getByText('email sent').waitFor();
    const d = (await apiJson<MailThread>('GET', `/api/signals/${signalId}/mail`)).body.deliveries;
    expect(d).toEqual([expect.objectContaining({ status: 'sent', to: 'dana@customer.example' })]);
    await page.screenshot({ path: screenshotPath('email-reply-sent') });
  });

  it('a refused delivery shows its reason and "Send again" puts it back in the queue (390 px wide)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await apiJson('POST', `/api/signals/${signalId}/replies`, { text: 'Could you send a photo of the shade?' });
    smtp.refuseWith = { code: 550, message: 'Mailbox unavailable' };
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    smtp.refuseWith = null;
    await page.goto(`${server.url}/inbox?signal=${signalId}`);
    const detail = page.getByTestId('signal-detail');
    await detail.getByText('email failed').waitFor();
    expect(await detail.innerText()).toContain('Mailbox unavailable');
    await page.screenshot({ path: screenshotPath('email-reply-failed-390') });
    await detail.getByRole('button', { name: 'Send again' }).click();
    await detail.getByText('email queued').waitFor();
    const d = (await apiJson<MailThread>('GET', `/api/signals/${signalId}/mail`)).body.deliveries;
    expect(d.map((x) => x.status)).toEqual(['sent', 'queued']);
  });
});
