// A customer's data on request, in a real browser: from a signal to the customer's page, their
// history shown as text, the export link, and an erasure confirmed in a dialog by keyboard at
// 390 px, checked through the API. Fails on any unexpected 404 or 5xx (watchApi, apiJson).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CustomerFile } from '../../../contracts/customers.js';
import type { SignalIngestBatch } from '../../../contracts/signals.js';
import { apiJson as callApi, launchBrowser, screenshotPath, startServer, watchApi, type RunningServer } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
let signalId = 0;
const CUSTOMER = 'cust-browser-1';
const apiJson = <T>(method: string, path: string, body?: unknown) => callApi<T>(server.url, method, path, body);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  apiWatch = watchApi(page);
  await apiJson('POST', '/api/orders', {
    orderId: 'BR-1',
    customerId: CUSTOMER,
    customerEmail: 'odile.brannock@example.org',
    orderedAt: '2026-11-02T10:00:00Z',
    lines: [{ sku: 'LAMP-1', qty: 1, price: 30 }],
  });
  const r = await apiJson<SignalIngestBatch>('POST', '/api/signals', [
    {
      channel: 'email',
      externalId: 'br-mail-1',
      receivedAt: '2026-11-12T10:00:00Z',
      customerId: CUSTOMER,
      orderId: 'BR-1',
      sku: 'LAMP-1',
      text: 'The lamp shade arrived dented. <b>Odile Brannock</b>, 0161 496 0733',
    },
  ]);
  signalId = r.body.results[0]!.id;
}, 240_000);

afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a customer's data in the browser", () => {
  it('reaches the customer page from a signal and shows their history as text', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${server.url}/inbox?signal=${signalId}`);
    await page.getByRole('link', { name: /Customer cust-browser-1/ }).click();
    await page.waitForURL(/\/customers\/cust-browser-1$/);
    await page.getByRole('heading', { name: 'Customer · cust-browser-1' }).waitFor();
    await page.getByText('odile.brannock@example.org').waitFor();
    // Customer text that looks like HTML is shown as text.
    expect(await page.getByText('<b>Odile Brannock</b>', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('main b').count()).toBe(0);
    const exportLink = page.getByRole('link', { name: 'Export data (zip)' });
    expect(await exportLink.getAttribute('href')).toBe('/api/customers/cust-browser-1/export');
    const zip = await fetch(`${server.url}/api/customers/cust-browser-1/export`);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
  });

  it('erases by keyboard at 390 px after a confirm dialog; Escape cancels; the API sees the erasure', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/customers/${CUSTOMER}`);
    await page.getByText('odile.brannock@example.org').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const erase = page.getByRole('button', { name: 'Erase customer data' });
    await erase.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Erase everything held about cust-browser-1/ });
    await dialog.waitFor();
    // The safe choice has the focus; Escape closes without erasing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await apiJson<CustomerFile>('GET', `/api/customers/${CUSTOMER}`)).body.erasedAt).toBeNull();

    await erase.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath('customer-erase-dialog-390') });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Erase');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Erased: 1 signals' }).waitFor();
    await page.getByText('[erased]').first().waitFor();
    expect(await page.getByText('odile.brannock@example.org').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('customer-erased-390') });

    const file = (await apiJson<CustomerFile>('GET', `/api/customers/${CUSTOMER}`)).body;
    expect(file.erasedAt).not.toBeNull();
    expect(file.signals.map((s) => s.text)).toEqual(['[erased]']);
    expect(file.orders[0]!.customerEmail).toBeNull();
  });
});
