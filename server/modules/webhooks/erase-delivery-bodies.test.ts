import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { settleDeliveries } from './index.js';
import * as fx from '../../test/webhook-payloads.js';

const SECRET = 'shpss_erase_secret';

// A shop's raw payload holds the buyer's name, email and address; an erasure must reach it too.
describe('erasing a customer reaches the webhook payloads kept for replay', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    t = await buildTestApp({ connectorSecrets: { shopify: [SECRET], woocommerce: [], stripe: [] } });
    const body = JSON.stringify(fx.shopifyOrder());
    const r = await t.app.request('/webhooks/shopify', {
      method: 'POST',
      headers: fx.shopifyHeaders(SECRET, body, 'orders/create', 'wh-erase-1'),
      body,
    });
    expect(r.status).toBe(200);
    await settleDeliveries(t.ctx);
  });
  afterAll(() => t.close());

  it('stores the order email, then leaves no trace of it in any kept delivery', async () => {
    const kept = async () =>
      (await t.ctx.db.selectFrom('webhook_deliveries').select(['body', 'status']).execute()).map((d) => d.body).join('\n');
    expect(await kept()).toContain('mara.jensen@example.test');
    const order = await t.call('GET', '/api/orders/450789469');
    expect(order.body.customerEmail).toBe('mara.jensen@example.test');
    const erased = await t.call('POST', '/api/customers/shopify-207119551/erase', {});
    expect(erased.status).toBe(200);
    const after = await kept();
    expect(after).not.toContain('mara.jensen@example.test');
    expect(after).not.toContain('Jensen');
  });

  it("Shopify's customers/redact erases the customer it names", async () => {
    const redact = JSON.stringify({
      shop_id: 1,
      shop_domain: fx.SHOP,
      customer: { id: 207119551, email: 'mara.jensen@example.test' },
      orders_to_redact: [450789469],
    });
    const body = JSON.stringify(fx.shopifyOrder({ id: 450789470, name: '#1002' }));
    await t.app.request('/webhooks/shopify', {
      method: 'POST',
      headers: fx.shopifyHeaders(SECRET, body, 'orders/create', 'wh-erase-2'),
      body,
    });
    // A fulfillment merges into the stored order and keeps its email.
    const ship = JSON.stringify(fx.shopifyFulfillment({ order_id: 450789470 }));
    await t.app.request('/webhooks/shopify', {
      method: 'POST',
      headers: fx.shopifyHeaders(SECRET, ship, 'fulfillments/create', 'wh-erase-ship'),
      body: ship,
    });
    await settleDeliveries(t.ctx);
    expect((await t.call('GET', '/api/orders/450789470')).body).toMatchObject({
      customerEmail: 'mara.jensen@example.test',
      carrier: expect.any(String),
    });
    const r = await t.app.request('/webhooks/shopify', {
      method: 'POST',
      headers: fx.shopifyHeaders(SECRET, redact, 'customers/redact', 'wh-erase-3'),
      body: redact,
    });
    expect(r.status).toBe(200);
    await settleDeliveries(t.ctx);
    expect((await t.call('GET', '/api/orders/450789470')).body.customerEmail ?? null).toBeNull();
    const row = await t.ctx.db
      .selectFrom('webhook_deliveries')
      .select(['status', 'reason'])
      .where('delivery_key', 'like', '%wh-erase-3%')
      .executeTakeFirst();
    expect(row).toMatchObject({ status: 'processed' });
    expect(row?.reason).toMatch(/^erased shopify-207119551/);
  });
});
