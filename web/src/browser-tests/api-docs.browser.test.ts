// The API reference page in a real browser: it renders every route of the generated document.
// No demo store: the page reads only /api/openapi.json.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OpenApiDocument } from '../../../contracts/openapi.js';
import { launchBrowser, screenshotPath, startServer, type RunningServer } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('/api-docs lists every operation of /api/openapi.json, with its inputs, and filters them', async () => {
  const res = await fetch(`${server.url}/api/openapi.json`);
  expect(res.status).toBe(200);
  const doc = (await res.json()) as OpenApiDocument;
  const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/api-docs`);
  await page.getByRole('heading', { name: 'API reference' }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: `${operations} routes` })
    .waitFor();
  expect(await page.locator('article.api-op').count()).toBe(operations);

  const reply = page.getByRole('article', { name: 'POST /api/signals/{id}/replies' });
  expect(await reply.getByText('overrideReason', { exact: true }).count()).toBe(1);
  expect(await reply.getByText('reply_blocked').count()).toBeGreaterThan(0);
  const list = page.getByRole('article', { name: 'GET /api/signals' });
  expect(await list.getByRole('row', { name: /limit/ }).innerText()).toContain('1–500, default 50');
  await page.screenshot({ path: screenshotPath('api-docs'), fullPage: false });

  await page.getByLabel('Filter routes').fill('/api/ugc/');
  await page
    .getByRole('status')
    .filter({ hasText: /^5 routes$/ })
    .waitFor();
  expect(await page.locator('article.api-op').count()).toBe(5);
  await page.screenshot({ path: screenshotPath('api-docs-ugc'), fullPage: true });
  expect(await page.getByRole('link', { name: 'API', exact: true }).getAttribute('aria-current')).toBe('page');
  expect(errors).toEqual([]);
});
