// Import in the page while the server runs: pick a file, see the first rows and the rejects, map
// columns, import, follow the progress to the summary, download the refused rows, and find the
// new signals through the API; at 1366 and at 390 px. Screenshots go to artifacts/screenshots.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SignalPage } from '../../../contracts/signals.js';
import { apiJson, launchBrowser, screenshotPath, startServer, watchApi, type RunningServer } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
const pageErrors: string[] = [];

const signals = async () => (await apiJson<SignalPage>(server.url, 'GET', '/api/signals?limit=500')).body.items;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  apiWatch = watchApi(page);
}, 240_000);
afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
  expect(pageErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function importAndWait(expected: string) {
  await page.getByRole('button', { name: 'Import file' }).click();
  await page.getByTestId('import-status').filter({ hasText: expected }).waitFor({ timeout: 30_000 });
}

describe('import in the page', () => {
  it('imports a 5-row CSV with one bad row while the server runs: 4 new signals, the bad one in the reject file', async () => {
    expect(await signals()).toHaveLength(0);
    await page.goto(`${server.url}/import`);
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    const csv =
      'channel,externalId,receivedAt,text,sku,Order Status\n' +
      'email,page-1,2026-11-02 10:15:30 +0100,"The lid cracked after a week",KET-1,paid\n' +
      'email,page-2,"Mon, 02 Nov 2026 11:00:00 +0100","Parcel arrived two days late",KET-1,paid\n' +
      'review,page-3,2026-11-03T08:00:00Z,"Colour is not as shown",MUG-1,paid\n' +
      'email,page-4,not a date,"Where is my order?",MUG-1,paid\n' +
      'chat,page-5,2026-11-04,"Handle came loose",KET-1,paid\n';
    await page
      .getByLabel('File to import', { exact: true })
      .setInputFiles({ name: 'messages.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').locator('tbody tr').count()).toBe(4);
    expect(await page.getByTestId('import-preview-rejects').innerText()).toMatch(/Row 4: receivedAt/);
    expect(await page.getByTestId('import-preview-summary').innerText()).toMatch(/Not imported: Order Status/);
    expect(await signals()).toHaveLength(0); // the preview stored nothing
    await page.screenshot({ path: screenshotPath('import-preview') });

    await importAndWait('4 new, 1 rejected');
    const stored = await signals();
    expect(stored.map((s) => s.externalId).sort()).toEqual(['page-1', 'page-2', 'page-3', 'page-5']);
    expect(stored.find((s) => s.externalId === 'page-1')!.receivedAt).toBe('2026-11-02T09:15:30.000Z');

    const href = await page.getByRole('link', { name: 'Download rejected rows' }).getAttribute('href');
    const rejects = await (await fetch(server.url + href!)).text();
    expect(
      rejects
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).row),
    ).toEqual([4]);
    await page.screenshot({ path: screenshotPath('import-done'), fullPage: true });

    // The same file again stores nothing twice.
    await importAndWait('0 new, 1 rejected');
    expect(await signals()).toHaveLength(4);
  });

  it('at 390 px: maps columns by hand, imports, and the page fits the phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/import`);
    const csv =
      'Ticket,Message,When,Agent\n' +
      'm1,"Lid cracked",2026-11-05T10:00:00Z,ana\n' +
      'm2,"Late again",2026-11-05T11:00:00Z,ana\n' +
      'm3,,2026-11-05T12:00:00Z,ben\n' +
      'm4,"Wrong size",2026-11-05T13:00:00Z,ben\n' +
      'm5,"Scratched",2026-11-05T14:00:00Z,ana\n';
    await page
      .getByLabel('File to import', { exact: true })
      .setInputFiles({ name: 'tickets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-preview-summary').filter({ hasText: 'No preset' }).waitFor();
    await page.getByLabel('Field for “Ticket”').selectOption('externalId');
    await page.getByLabel('Field for “Message”').selectOption('text');
    await page.getByLabel('Field for “When”').selectOption('receivedAt');
    await page.getByLabel('Channel of every row').selectOption('chat');
    await page.getByTestId('import-preview-rejects').filter({ hasText: 'Row 3: text' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await page.getByRole('button', { name: 'Import file' }).isVisible()).toBe(true);
    await importAndWait('4 new, 1 rejected');
    const chat = (await signals()).filter((s) => /^m\d$/.test(s.externalId));
    expect(chat.map((s) => s.externalId).sort()).toEqual(['m1', 'm2', 'm4', 'm5']);
    expect(chat.every((s) => s.channel === 'chat')).toBe(true);
    await page.screenshot({ path: screenshotPath('import-phone'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
