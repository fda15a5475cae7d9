// The connections page in a real browser: a secret typed on the page verifies the next Shopify
// delivery, a delivery that cannot be worked yet is listed with its reason, and Replay works it.
// The deliveries are real HTTP posts to the running server, signed as Shopify signs them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConnectionList } from '../../../contracts/connections.js';
import type { Order } from '../../../contracts/orders.js';
import { settleDeliveries } from '../../../server/modules/webhooks/index.js';
import * as fx from '../../../server/test/webhook-payloads.js';
import { apiJson, launchBrowser, screenshotPath, startServer, watchApi, type RunningServer } from './harness.js';

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

const SECRET = 'shpss_typed_on_the_page';

async function deliver(topic: string, payload: unknown, id: string, secret = SECRET) {
  const body = JSON.stringify(payload);
  const res = await fetch(`${server.url}/webhooks/shopify`, { method: 'POST', body, headers: fx.shopifyHeaders(secret, body, topic, id) });
  return res.status;
}

it('sets a secret, lists a delivery waiting for its order, and Replay works it once the order is there', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const watch = watchApi(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/connections`);
  const shopify = page.getByRole('region', { name: 'Shopify' });
  await shopify.getByText('missing').waitFor();
  expect(await shopify.getByText(`${server.url}/webhooks/shopify`).count()).toBe(1);
  // Email is a connection too: this server has no mailbox and no SMTP server configured.
  const email = page.getByRole('region', { name: 'Email' });
  await email.getByText('Mailbox (WRITEBACK_IMAP_URL)').waitFor();
  expect(await email.getByText('missing').count()).toBe(2);

  // Before a secret is set, a delivery is refused and counted.
  expect(await deliver('orders/create', fx.shopifyOrder(), 'early')).toBe(401);
  await shopify.getByLabel('Shopify secret').fill(SECRET);
  await shopify.getByRole('button', { name: 'Save secret' }).click();
  await shopify.getByText('set on this page').waitFor();
  const listed = await apiJson<ConnectionList>(server.url, 'GET', '/api/connections');
  expect(listed.body.items[0]).toMatchObject({ connector: 'shopify', secret: 'page', counts: { accepted: 0, duplicate: 0, rejected: 1 } });
  expect(JSON.stringify(listed.body)).not.toContain(SECRET);

  // The fulfillment comes before its order: kept, waiting, with the reason.
  expect(await deliver('fulfillments/create', fx.shopifyFulfillment({ order_id: 7001 }), 'f-1')).toBe(200);
  expect(await deliver('fulfillments/create', fx.shopifyFulfillment({ order_id: 7001 }), 'f-1')).toBe(200);
  await settleDeliveries(server.ctx);
  await page.reload();
  const row = shopify.getByRole('row', { name: /fulfillments\/create/ });
  await row.getByText('order 7001 is not stored yet').waitFor();
  await page.screenshot({ path: screenshotPath('connections'), fullPage: true });

  expect(await deliver('orders/create', fx.shopifyOrder({ id: 7001, name: '#7001' }), 'o-1')).toBe(200);
  await settleDeliveries(server.ctx);
  await row.getByRole('button', { name: /^Replay delivery \d+ \(fulfillments\/create\)$/ }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /replayed: processed/ })
    .waitFor();
  await shopify.getByRole('row', { name: /fulfillments\/create/ }).waitFor({ state: 'detached' });

  const order = await apiJson<Order>(server.url, 'GET', '/api/orders/7001');
  expect(order.body).toMatchObject({ carrier: 'DHL Express', trackingNumber: '1Z2345' });
  const after = await apiJson<ConnectionList>(server.url, 'GET', '/api/connections');
  expect(after.body.items[0]!.counts).toEqual({ accepted: 2, duplicate: 1, rejected: 1 });
  expect(after.body.items[0]!.failures).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await shopify.getByText('set on this page').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('connections-390'), fullPage: true });
  expect(await watch.settle()).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);
