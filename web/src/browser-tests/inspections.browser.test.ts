// The product file's inspection records in a real browser at phone width: a QA person adds the
// inspection of a batch with the keyboard and sees it listed; the API holds what they typed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InspectionList } from '../../../contracts/inspections.js';
import { apiJson, launchBrowser, screenshotPath, startServer, watchApi, type RunningServer } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  await apiJson(server.url, 'POST', '/api/products', { sku: 'BAG-1', title: 'Travel bag', promises: {} });
  await apiJson(server.url, 'POST', '/api/orders', {
    orderId: 'W-2001',
    orderedAt: '2026-11-01T10:00:00Z',
    batch: 'B-2026-07',
    lines: [{ sku: 'BAG-1', qty: 1, price: 49.5 }],
  });
  await apiJson(server.url, 'POST', '/api/inspections', {
    batch: 'B-2026-07',
    sku: 'BAG-1',
    inspectedAt: '2026-10-20T09:00:00Z',
    inspector: 'QA line 1',
    result: 'pass',
    notes: 'Sampled 20: all as specified.',
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('adds an inspection record from the product file at 390 px', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  const api = watchApi(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/products/BAG-1`);
  const section = page.getByRole('region', { name: 'Inspections' });
  await section
    .getByRole('list', { name: 'Inspection records of batch B-2026-07' })
    .getByText(/QA line 1/)
    .waitFor();

  await section.getByLabel('Inspection date').fill('2026-10-28');
  // From the inspector on, the keyboard only.
  await section.getByLabel('Inspector').focus();
  await page.keyboard.type('Rui Costa');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End'); // the last result: conditional
  expect(await section.getByLabel('Result').inputValue()).toBe('conditional');
  await section.getByLabel('Notes').fill('Strap clips short on 2 of 50 sampled; repacked.');
  await section.getByLabel('Photo addresses (one per line)').fill('https://qa.example/b7/1.jpg\nhttps://qa.example/b7/2.jpg');
  await section.getByRole('button', { name: 'Record inspection' }).focus();
  await page.keyboard.press('Enter');
  await section.getByRole('status').getByText('Inspection of batch B-2026-07 recorded.').waitFor({ timeout: 10_000 });
  await section
    .getByRole('list', { name: 'Inspection records of batch B-2026-07' })
    .getByText(/Rui Costa/)
    .waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('inspection-form-390'), fullPage: true });

  const stored = await apiJson<InspectionList>(server.url, 'GET', '/api/inspections?batch=B-2026-07');
  expect(stored.body.items[0]).toMatchObject({
    sku: 'BAG-1',
    inspector: 'Rui Costa',
    result: 'conditional',
    notes: 'Strap clips short on 2 of 50 sampled; repacked.',
    photos: ['https://qa.example/b7/1.jpg', 'https://qa.example/b7/2.jpg'],
  });
  expect(stored.body.items[0]!.inspectedAt.slice(0, 10)).toMatch(/^2026-10-2[78]$/);

  // A missing inspector is named before anything is stored.
  await section.getByLabel('Inspection date').fill('2026-10-30');
  await section.getByRole('button', { name: 'Record inspection' }).click();
  expect((await apiJson<InspectionList>(server.url, 'GET', '/api/inspections?batch=B-2026-07')).body.items).toHaveLength(2);
  expect(await section.getByLabel('Inspector').evaluate((i: HTMLInputElement) => i.validity.valueMissing)).toBe(true);
  expect(await api.settle()).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);
