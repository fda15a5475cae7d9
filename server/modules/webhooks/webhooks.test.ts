import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder } from '../../test/factories.js';
import { settleDeliveries } from './index.js';
import * as fx from '../../test/webhook-payloads.js';

const SHOPIFY = 'shpss_new_secret';
const SHOPIFY_OLD = 'shpss_old_secret';
const WOO = 'woo secret with spaces & symbols';
const STRIPE = 'whsec_test_endpoint_secret';
const NOW = Date.parse('2026-11-16T12:00:00Z') / 1000;

let t: Awaited<ReturnType<typeof buildTestApp>>;
let n = 0;

beforeAll(async () => {
  t = await buildTestApp({ connectorSecrets: { shopify: [SHOPIFY, SHOPIFY_OLD], woocommerce: [WOO], stripe: [STRIPE] } });
});
afterAll(() => t.close());

async function post(path: string, body: string, headers: Record<string, string>) {
  const res = await t.app.request(path, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const shopify = (topic: string, payload: unknown, o: { secret?: string; id?: string; event?: string } = {}) => {
  const body = JSON.stringify(payload);
  const id = o.id ?? `wh-${++n}`;
  return post('/webhooks/shopify', body, fx.shopifyHeaders(o.secret ?? SHOPIFY, body, topic, id, o.event ?? `ev-${id}`));
};

async function rows() {
  return t.ctx.db.selectFrom('webhook_deliveries').select(['id', 'connector', 'topic', 'status', 'reason']).orderBy('id').execute();
}
const counts = async (c: string) =>
  (await t.call('GET', '/api/connections')).body.items.find((i: { connector: string }) => i.connector === c).counts;
const signals = async (channel: string) => (await t.call('GET', `/api/signals?channel=${channel}&limit=100`)).body.items;

/** Each delivery twice (the second a duplicate, nothing stored), and once tampered (401, nothing stored). */
async function deliverTwiceAndTampered(topic: string, payload: unknown) {
  const before = (await rows()).length;
  const id = `wh-${++n}`;
  const first = await shopify(topic, payload, { id });
  const again = await shopify(topic, payload, { id: `${id}-retry`, event: `ev-${id}` });
  const body = JSON.stringify(payload);
  const headers = fx.shopifyHeaders(SHOPIFY, body, topic, `wh-${++n}`);
  const tampered = await post(
    '/webhooks/shopify',
    body.replace(/\d(?=[^\d]*$)/, (d) => String((Number(d) + 1) % 10)),
    headers,
  );
  expect([first.status, first.body.duplicate]).toEqual([200, false]);
  expect([again.status, again.body.duplicate]).toEqual([200, true]);
  expect(tampered.status).toBe(401);
  expect((await rows()).length).toBe(before + 1);
  await settleDeliveries(t.ctx);
  return (await rows()).at(-1)!;
}

describe('Shopify webhooks', () => {
  it('verifies the public test vector (secret test_secret_key, body {"foo": "bar"}) and keeps its unusable payload for replay', async () => {
    const vt = await buildTestApp({ connectorSecrets: { shopify: ['test_secret_key'], woocommerce: [], stripe: [] } });
    try {
      const res = await vt.app.request('/webhooks/shopify', {
        method: 'POST',
        body: '{"foo": "bar"}',
        headers: {
          'x-shopify-topic': 'products/create',
          'x-shopify-hmac-sha256': 'B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=',
          'x-shopify-shop-domain': 'shop1.myshopify.io',
          'x-shopify-api-version': '2023-01',
          'x-shopify-webhook-id': '123456789',
        },
      });
      expect(res.status).toBe(200);
      await settleDeliveries(vt.ctx);
      const [row] = await vt.ctx.db.selectFrom('webhook_deliveries').selectAll().execute();
      // A good signature on a payload we cannot use: 200 to the sender, a failure kept with its body.
      expect(row).toMatchObject({ topic: 'products/create', status: 'failed', body: '{"foo": "bar"}' });
      expect(row!.reason).toMatch(/^id: /);
      const bad = await vt.app.request('/webhooks/shopify', {
        method: 'POST',
        body: '{"foo": "baz"}',
        headers: { 'x-shopify-topic': 'products/create', 'x-shopify-hmac-sha256': 'B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=' },
      });
      expect(bad.status).toBe(401);
    } finally {
      await vt.close();
    }
  });

  it('orders/create stores the order with lines, SKU, variant, customer, country and route', async () => {
    const row = await deliverTwiceAndTampered('orders/create', fx.shopifyOrder());
    expect(row.status).toBe('processed');
    const o = (await t.call('GET', '/api/orders/450789469')).body;
    expect(o).toMatchObject({
      orderId: '450789469',
      customerId: 'shopify-207119551',
      orderedAt: '2026-11-02T09:15:30.000Z',
      value: 94.9,
      currency: 'EUR',
      country: 'DE',
      shippingMethod: 'Standard (3–5 days)',
      route: 'DE-standard',
      lines: [
        { sku: 'BAG-OLV', variant: 'Olive', qty: 1, price: 89 },
        { sku: 'STRAP-1', variant: null, qty: 1, price: 12 },
      ],
    });
  });

  it('products/create and products/update store one product per variant SKU with its page', async () => {
    expect((await deliverTwiceAndTampered('products/create', fx.shopifyProduct())).status).toBe('processed');
    const p = (await t.call('GET', '/api/products/BAG-SND')).body;
    expect(p).toMatchObject({ sku: 'BAG-SND', title: 'Canvas Weekender Bag — Sand', supplier: 'Hanfeng Textiles' });
    expect(p.pageUrl).toBe(`https://${fx.SHOP}/products/canvas-weekender-bag`);
    const upd = await deliverTwiceAndTampered(
      'products/update',
      fx.shopifyProduct({ title: 'Waxed Canvas Weekender', updated_at: '2026-11-05T09:00:00Z' }),
    );
    expect(upd.status).toBe('processed');
    expect((await t.call('GET', '/api/products/BAG-OLV')).body.title).toBe('Waxed Canvas Weekender — Olive');
  });

  it('fulfillments/create and /update record carrier, tracking number and the shipment state as scans', async () => {
    expect(
      (
        await deliverTwiceAndTampered(
          'fulfillments/create',
          fx.shopifyFulfillment({ shipment_status: 'confirmed', updated_at: '2026-11-03T09:00:00+01:00' }),
        )
      ).status,
    ).toBe('processed');
    expect((await deliverTwiceAndTampered('fulfillments/update', fx.shopifyFulfillment())).status).toBe('processed');
    const o = (await t.call('GET', '/api/orders/450789469')).body;
    expect(o).toMatchObject({ carrier: 'DHL Express', trackingNumber: '1Z2345', shippedAt: '2026-11-03T08:00:00.000Z', deliveredAt: null });
    expect(o.carrierEvents).toEqual([
      { at: '2026-11-03T08:00:00.000Z', status: 'confirmed', location: null },
      { at: '2026-11-04T15:20:00.000Z', status: 'in_transit', location: null },
    ]);
  });

  it('fulfillment_events/create adds a located scan; "delivered" sets the delivery time', async () => {
    expect((await deliverTwiceAndTampered('fulfillment_events/create', fx.shopifyFulfillmentEvent())).status).toBe('processed');
    const o = (await t.call('GET', '/api/orders/450789469')).body;
    expect(o.deliveredAt).toBe('2026-11-06T10:40:00.000Z');
    expect(o.carrierEvents.at(-1)).toEqual({ at: '2026-11-06T10:40:00.000Z', status: 'delivered', location: 'Köln, NRW, Germany' });
  });

  it('orders/updated keeps the scans learnt from fulfillments; an older replay of it is ignored as stale', async () => {
    const newer = fx.shopifyOrder({ updated_at: '2026-11-07T10:00:00+01:00', total_price: '90.00' });
    expect((await deliverTwiceAndTampered('orders/updated', newer)).status).toBe('processed');
    const stale = fx.shopifyOrder({ updated_at: '2026-11-04T10:00:00+01:00', total_price: '1.00' });
    const row = await deliverTwiceAndTampered('orders/updated', stale);
    expect(row).toMatchObject({ status: 'stale' });
    const o = (await t.call('GET', '/api/orders/450789469')).body;
    expect(o.value).toBe(90);
    expect(o.carrierEvents).toHaveLength(3);
  });

  it('orders/cancelled records when the order was cancelled', async () => {
    const cancelled = fx.shopifyOrder({
      updated_at: '2026-11-08T10:00:00+01:00',
      cancelled_at: '2026-11-08T10:00:00+01:00',
      cancel_reason: 'customer',
      total_price: '90.00',
    });
    expect((await deliverTwiceAndTampered('orders/cancelled', cancelled)).status).toBe('processed');
    expect((await t.call('GET', '/api/orders/450789469')).body.cancelledAt).toBe('2026-11-08T09:00:00.000Z');
  });

  it('refunds/create becomes a refund_reason signal with the note, the refunded SKU and the order', async () => {
    expect((await deliverTwiceAndTampered('refunds/create', fx.shopifyRefund())).status).toBe('processed');
    const [s] = await signals('refund_reason');
    expect(s).toMatchObject({
      externalId: 'shopify-refund-509562969',
      sku: 'BAG-OLV',
      variant: 'Olive',
      orderId: '450789469',
      title: 'Refund of 89.00 EUR',
    });
    expect((await t.call('GET', `/api/signals/${s.id}`)).body.text).toBe('The zip broke the second time I used it, the pull tab came off.');
    expect(s.issueTypes.length).toBeGreaterThan(0);
  });

  it('returns/request becomes one return_reason signal per line, with the reason and the customer note', async () => {
    expect((await deliverTwiceAndTampered('returns/request', fx.shopifyReturn())).status).toBe('processed');
    const got = (await signals('return_reason')).sort((a: { externalId: string }, b: { externalId: string }) =>
      a.externalId.localeCompare(b.externalId),
    );
    expect(got.map((s: Record<string, unknown>) => [s.externalId, s.title, s.sku, s.orderId])).toEqual([
      ['shopify-return-945000959-677614678', 'Return: Size too small', 'BAG-OLV', '450789469'],
      ['shopify-return-945000959-677614679', 'Return: Colour', 'STRAP-1', '450789469'],
    ]);
    expect((await t.call('GET', `/api/signals/${got[0].id}`)).body.text).toBe('It does not fit a 15 inch laptop as the page says.');
    expect((await t.call('GET', `/api/signals/${got[1].id}`)).body.text).toBe('Return requested: Colour.');
  });

  it('records a data request and a shop redaction for a person; a customer redaction erases (here: nobody held)', async () => {
    const expected: Record<string, { status: string; reason: string }> = {
      'customers/data_request': { status: 'recorded', reason: "recorded: send the customer page's export to the merchant" },
      'customers/redact': { status: 'processed', reason: 'no data held for shopify-191167' },
      'shop/redact': { status: 'recorded', reason: 'recorded: act on this request by hand' },
    };
    for (const [topic, payload] of Object.entries(fx.shopifyPrivacy)) {
      const row = await deliverTwiceAndTampered(topic, payload);
      expect(row).toMatchObject({ topic, ...expected[topic] });
    }
    const page = (await t.call('GET', '/api/connections')).body.items[0];
    expect(
      page.failures
        .filter((f: { status: string }) => f.status === 'recorded')
        .map((f: { topic: string }) => f.topic)
        .sort(),
    ).toEqual(['customers/data_request', 'shop/redact']);
  });

  it('accepts the old secret during a rotation; refuses a missing or wrong signature (401, counted, nothing stored)', async () => {
    const before = await counts('shopify');
    const stored = (await rows()).length;
    expect(
      (
        await shopify(
          'orders/updated',
          fx.shopifyOrder({ updated_at: '2026-11-08T10:00:00+01:00', cancelled_at: '2026-11-08T10:00:00+01:00', total_price: '90.00' }),
          { secret: SHOPIFY_OLD },
        )
      ).status,
    ).toBe(200);
    expect((await shopify('orders/updated', fx.shopifyOrder(), { secret: 'shpss_someone_else' })).status).toBe(401);
    const body = JSON.stringify(fx.shopifyOrder());
    const { 'x-shopify-hmac-sha256': _drop, ...unsigned } = fx.shopifyHeaders(SHOPIFY, body, 'orders/create', 'x');
    const res = await post('/webhooks/shopify', body, unsigned);
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'webhook_signature_invalid', message: 'no X-Shopify-Hmac-Sha256 header' });
    expect((await rows()).length).toBe(stored + 1);
    const after = await counts('shopify');
    expect(after).toEqual({ accepted: before.accepted + 1, duplicate: before.duplicate, rejected: before.rejected + 2 });
  });

  it('stores the same delivery sent 10 times once', async () => {
    const before = await counts('shopify');
    const stored = (await rows()).length;
    const payload = fx.shopifyRefund({ id: 777, note: 'Sent ten times' });
    for (let i = 0; i < 10; i++)
      expect((await shopify('refunds/create', payload, { id: 'same-webhook-id', event: 'same-event' })).status).toBe(200);
    await settleDeliveries(t.ctx);
    expect((await rows()).length).toBe(stored + 1);
    expect((await signals('refund_reason')).filter((s: { externalId: string }) => s.externalId === 'shopify-refund-777')).toHaveLength(1);
    expect(await counts('shopify')).toEqual({ accepted: before.accepted + 1, duplicate: before.duplicate + 9, rejected: before.rejected });
  });

  it('refuses a 10 MB body with 413 before reading it', async () => {
    const big = `{"x":"${'a'.repeat(10 * 1024 * 1024)}"}`;
    const res = await post('/webhooks/shopify', big, fx.shopifyHeaders(SHOPIFY, big, 'orders/create', 'big'));
    expect(res.status).toBe(413);
  });

  it('waits for an order its fulfillment arrived before, and a replay works it once the order is there', async () => {
    const early = await deliverTwiceAndTampered('fulfillments/create', fx.shopifyFulfillment({ id: 999, order_id: 5550001 }));
    expect(early).toMatchObject({ status: 'pending', reason: 'order 5550001 is not stored yet' });
    await deliverTwiceAndTampered('orders/create', fx.shopifyOrder({ id: 5550001, name: '#1002' }));
    const replay = await t.call('POST', `/api/connections/deliveries/${early.id}/replay`, {});
    expect(replay.body).toEqual({ deliveryId: early.id, status: 'processed', reason: null });
    expect((await t.call('GET', '/api/orders/5550001')).body.trackingNumber).toBe('1Z2345');
    expect((await t.call('POST', '/api/connections/deliveries/99999999/replay', {})).status).toBe(404);
  });
});

describe('WooCommerce webhooks', () => {
  const woo = (topic: string, payload: unknown, o: { secret?: string; delivery?: string } = {}) => {
    const body = JSON.stringify(payload);
    return post('/webhooks/woocommerce', body, fx.wooHeaders(o.secret ?? WOO, body, topic, o.delivery ?? `d-${++n}`));
  };

  it("answers WooCommerce's unsigned ping when a webhook is saved, storing nothing", async () => {
    const stored = (await rows()).length;
    const res = await post('/webhooks/woocommerce', 'webhook_id=12', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    expect((await rows()).length).toBe(stored);
    // Anything else unsigned is refused.
    expect((await post('/webhooks/woocommerce', 'webhook_id=12&x=1', {})).status).toBe(401);
  });

  it('order.created stores the order with its payment; redelivered (a new delivery id) it is a duplicate; tampered 401', async () => {
    const order = fx.wooOrder();
    expect((await woo('order.created', order)).body.duplicate).toBe(false);
    expect((await woo('order.created', order)).body.duplicate).toBe(true);
    const body = JSON.stringify(order);
    expect(
      (await post('/webhooks/woocommerce', body.replace('53.50', '5.35'), fx.wooHeaders(WOO, body, 'order.created', 'd-x'))).status,
    ).toBe(401);
    await settleDeliveries(t.ctx);
    expect((await t.call('GET', '/api/orders/woo-727')).body).toMatchObject({
      orderId: 'woo-727',
      customerId: 'woo-26',
      orderedAt: '2026-11-03T11:02:11.000Z',
      value: 53.5,
      currency: 'GBP',
      country: 'GB',
      shippingMethod: 'Royal Mail 2nd Class',
      paymentRef: 'ch_3QwooOrder727',
      lines: [{ sku: 'HAT-CHR', variant: 'Colour: Charcoal', qty: 1, price: 49 }],
    });
  });

  it('a refund on order.updated becomes a refund_reason signal, once however often it is delivered', async () => {
    const refunded = fx.wooOrder({
      status: 'refunded',
      date_modified_gmt: '2026-11-12T09:00:00',
      refunds: [{ id: 731, reason: 'Itchy wool, not merino as described', total: '-49.00' }],
    });
    for (let i = 0; i < 2; i++) expect((await woo('order.updated', refunded)).status).toBe(200);
    const body = JSON.stringify(refunded);
    const forged = body.replace('Itchy wool', 'Itchy wooL');
    expect((await post('/webhooks/woocommerce', forged, fx.wooHeaders(WOO, body, 'order.updated', 'd-forged'))).status).toBe(401);
    // The same refund listed again on a later update is not a second signal.
    await woo('order.updated', { ...refunded, date_modified_gmt: '2026-11-12T10:00:00' });
    await settleDeliveries(t.ctx);
    const got = (await signals('refund_reason')).filter((s: { externalId: string }) => s.externalId.startsWith('woo-'));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ externalId: 'woo-refund-731', orderId: 'woo-727', sku: 'HAT-CHR', title: 'Refund of 49.00 GBP' });
  });

  it('a malformed order with a good signature answers 200 and is kept as a failure naming the field', async () => {
    const res = await woo('order.updated', { id: 728, line_items: 'none' });
    expect(res.status).toBe(200);
    await settleDeliveries(t.ctx);
    expect((await rows()).at(-1)).toMatchObject({
      connector: 'woocommerce',
      status: 'failed',
      reason: expect.stringMatching(/^date_created_gmt: /),
    });
  });
});

describe('Stripe dispute webhooks', () => {
  const stripe = (payload: unknown, o: { secret?: string; t?: number } = {}) => {
    const body = JSON.stringify(payload);
    return post('/webhooks/stripe', body, fx.stripeHeaders(o.secret ?? STRIPE, body, o.t ?? NOW - 10));
  };

  it('charge.dispute.created: a chargeback signal on the order its charge paid, the evidence deadline as resolution due', async () => {
    const ev = fx.stripeDisputeEvent();
    expect((await stripe(ev)).body.duplicate).toBe(false);
    expect((await stripe(ev)).body.duplicate).toBe(true);
    const body = JSON.stringify(ev);
    expect((await post('/webhooks/stripe', body.replace('5350', '535'), fx.stripeHeaders(STRIPE, body, NOW - 10))).status).toBe(401);
    await settleDeliveries(t.ctx);
    const [s] = await signals('chargeback');
    expect(s).toMatchObject({
      externalId: 'stripe-dp_1QdisputeA',
      orderId: 'woo-727',
      sku: 'HAT-CHR',
      title: 'Chargeback: product not received',
      mustBeHuman: true,
    });
    expect(s.sla.resolutionDueAt).toBe('2026-11-25T23:59:59.000Z');
    const text = (await t.call('GET', `/api/signals/${s.id}`)).body.text;
    expect(text).toContain('Amount 53.50 GBP. Status needs response. Evidence due by 2026-11-25T23:59:59.000Z.');
  });

  it('a later update moves the deadline; an inquiry is a dispute signal; an order found by payment intent', async () => {
    await t.call(
      'POST',
      '/api/orders',
      buildOrder({ orderId: 'o-pi', paymentRef: 'pi_only_intent', lines: [{ sku: 'BAG-OLV', qty: 1, price: 89 }] }),
    );
    const ev = fx.stripeDisputeEvent({
      type: 'charge.dispute.created',
      created: NOW - 100,
      dispute: {
        id: 'dp_inquiry',
        charge: 'ch_unknown',
        payment_intent: 'pi_only_intent',
        status: 'warning_needs_response',
        reason: 'fraudulent',
      },
    });
    await stripe(ev);
    await stripe(
      fx.stripeDisputeEvent({
        type: 'charge.dispute.updated',
        created: NOW - 50,
        dispute: { evidence_details: { due_by: 1_795_737_599 } },
      }),
    );
    await settleDeliveries(t.ctx);
    const [inquiry] = await signals('dispute');
    expect(inquiry).toMatchObject({ externalId: 'stripe-dp_inquiry', orderId: 'o-pi', title: 'Payment inquiry: fraudulent' });
    const [cb] = await signals('chargeback');
    expect(cb.sla.resolutionDueAt).toBe('2026-11-26T23:59:59.000Z');
  });

  it('charge.dispute.closed records the outcome on the same signal', async () => {
    const closed = fx.stripeDisputeEvent({ type: 'charge.dispute.closed', created: NOW - 20, dispute: { status: 'lost' } });
    expect((await stripe(closed)).body.duplicate).toBe(false);
    expect((await stripe(closed)).body.duplicate).toBe(true);
    await settleDeliveries(t.ctx);
    expect((await rows()).at(-1)).toMatchObject({
      connector: 'stripe',
      topic: 'charge.dispute.closed',
      status: 'processed',
      reason: 'lost',
    });
    expect((await signals('chargeback')).filter((s: { externalId: string }) => s.externalId === 'stripe-dp_1QdisputeA')).toHaveLength(1);
  });

  it('refuses an event signed more than 300 s ago, and the wrong secret', async () => {
    const ev = fx.stripeDisputeEvent({ created: NOW - 400 });
    expect((await stripe(ev, { t: NOW - 301 })).status).toBe(401);
    expect((await stripe(ev, { secret: 'whsec_other' })).status).toBe(401);
  });

  it('ignores events that are not disputes', async () => {
    await stripe({ id: 'evt_charge', object: 'event', type: 'charge.succeeded', created: NOW, data: { object: { id: 'ch_1' } } });
    await settleDeliveries(t.ctx);
    expect((await rows()).at(-1)).toMatchObject({ connector: 'stripe', status: 'ignored' });
  });
});

describe('GET /api/connections', () => {
  it('says where each secret comes from and never answers a secret', async () => {
    const r = await t.call('GET', '/api/connections', undefined, { host: '127.0.0.1:8080' });
    const text = JSON.stringify(r.body);
    for (const s of [SHOPIFY, SHOPIFY_OLD, WOO, STRIPE]) expect(text).not.toContain(s);
    expect(r.body.items.map((i: Record<string, unknown>) => [i.connector, i.secret, i.rotating])).toEqual([
      ['shopify', 'environment', true],
      ['woocommerce', 'environment', false],
      ['stripe', 'environment', false],
    ]);
    expect(r.body.items[0].url).toBe('http://127.0.0.1:8080/webhooks/shopify');
    expect(r.body.items[2].lastDeliveryAt).toBe('2026-11-16T12:00:00.000Z');
  });

  it('a secret set on the page verifies; the one it replaced still does for a while; the environment cannot be overridden', async () => {
    const p = await buildTestApp();
    try {
      expect((await p.call('GET', '/api/connections')).body.items[0].secret).toBe('missing');
      const body = JSON.stringify(fx.shopifyProduct());
      const send = (secret: string) =>
        p.app.request('/webhooks/shopify', {
          method: 'POST',
          body,
          headers: fx.shopifyHeaders(secret, body, 'products/create', `w-${++n}`, `e-${n}`),
        });
      expect((await send('first')).status).toBe(401);
      expect((await p.call('PUT', '/api/connections/shopify/secret', { secret: 'first' })).status).toBe(204);
      expect((await p.call('PUT', '/api/connections/shopify/secret', { secret: 'second' })).status).toBe(204);
      expect((await send('second')).status).toBe(200);
      expect((await send('first')).status).toBe(200);
      expect((await p.call('GET', '/api/connections')).body.items[0]).toMatchObject({ secret: 'page', rotating: true });
      expect(JSON.stringify((await p.call('GET', '/api/connections')).body)).not.toMatch(/first|second/);
      expect((await p.call('PUT', '/api/connections/nope/secret', { secret: 'x' })).status).toBe(400);
      expect((await p.call('PUT', '/api/connections/shopify/secret', { secret: 5 })).status).toBe(400);
      expect((await t.call('PUT', '/api/connections/shopify/secret', { secret: 'x' })).status).toBe(409);
    } finally {
      await p.close();
    }
  });
});

describe('the guard on /webhooks', () => {
  it('does not apply the browser rules (JSON only, same origin): a signed delivery of any content type is taken', async () => {
    const body = JSON.stringify(fx.shopifyProduct({ id: 4242, variants: [{ id: 1, sku: 'GUARD-1', title: 'Default Title' }] }));
    const headers = { ...fx.shopifyHeaders(SHOPIFY, body, 'products/create', 'guard-1'), 'content-type': 'text/plain' };
    expect((await post('/webhooks/shopify', body, headers)).status).toBe(200);
    // …while the same request to /api is refused as a browser write would be.
    expect((await post('/api/products', body, headers)).status).toBe(415);
    expect((await post('/webhooks/nowhere', body, headers)).status).toBe(404);
  });
});
