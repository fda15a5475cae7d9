// Realistic deliveries for tests, shaped after the senders' documented resources (CONNECTORS.md
// §1.4, §5.1; WooCommerce's REST v3 order). Names, addresses and e-mails are invented.
import { createHmac } from 'node:crypto';

export const SHOP = 'strap-store.myshopify.com';

export function shopifyHeaders(secret: string, body: string, topic: string, webhookId: string, eventId = `evt-${webhookId}`) {
  return {
    'content-type': 'application/json',
    'x-shopify-topic': topic,
    'x-shopify-hmac-sha256': createHmac('sha256', secret).update(body).digest('base64'),
    'x-shopify-shop-domain': SHOP,
    'x-shopify-api-version': '2024-04',
    'x-shopify-webhook-id': webhookId,
    'x-shopify-event-id': eventId,
    'x-shopify-triggered-at': '2026-11-16T11:59:58.123Z',
  };
}

export function wooHeaders(secret: string, body: string, topic: string, deliveryId: string) {
  return {
    'content-type': 'application/json',
    'user-agent': 'WooCommerce/9.4.2 Hookshot (WordPress/6.7)',
    'x-wc-webhook-source': 'https://shop.example.test/',
    'x-wc-webhook-topic': topic,
    'x-wc-webhook-resource': topic.split('.')[0]!,
    'x-wc-webhook-event': topic.split('.')[1]!,
    'x-wc-webhook-signature': createHmac('sha256', secret).update(body).digest('base64'),
    'x-wc-webhook-id': '12',
    'x-wc-webhook-delivery-id': deliveryId,
  };
}

export function stripeHeaders(secret: string, body: string, t: number) {
  const sig = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': `t=${t},v1=${sig}` };
}

const lineItem = (over: Record<string, unknown> = {}) => ({
  id: 13924563140874,
  admin_graphql_api_id: 'gid://shopify/LineItem/13924563140874',
  variant_id: 808950810,
  title: 'Canvas Weekender Bag',
  variant_title: 'Olive',
  name: 'Canvas Weekender Bag - Olive',
  sku: 'BAG-OLV',
  quantity: 1,
  price: '89.00',
  product_id: 632910392,
  vendor: 'Hanfeng Textiles',
  fulfillment_status: null,
  fulfillable_quantity: 1,
  requires_shipping: true,
  gift_card: false,
  total_discount: '0.00',
  properties: [{ name: 'Lot', value: 'L-2611' }],
  tax_lines: [{ title: 'VAT', price: '14.83', rate: 0.2 }],
  ...over,
});

export function shopifyOrder(over: Record<string, unknown> = {}) {
  return {
    id: 450789469,
    admin_graphql_api_id: 'gid://shopify/Order/450789469',
    name: '#1001',
    order_number: 1001,
    email: 'mara.jensen@example.test',
    phone: null,
    created_at: '2026-11-02T10:15:30+01:00',
    processed_at: '2026-11-02T10:15:30+01:00',
    updated_at: '2026-11-02T10:16:02+01:00',
    closed_at: null,
    cancelled_at: null,
    cancel_reason: null,
    currency: 'EUR',
    total_price: '94.90',
    subtotal_price: '89.00',
    financial_status: 'paid',
    fulfillment_status: null,
    customer_locale: 'de',
    source_name: 'web',
    tags: 'batch-L-2611',
    note: null,
    note_attributes: [],
    test: false,
    customer: { id: 207119551, email: 'mara.jensen@example.test', first_name: 'Mara', last_name: 'Jensen', orders_count: 2 },
    shipping_address: { first_name: 'Mara', address1: 'Lindenstr. 4', city: 'Köln', zip: '50674', country: 'Germany', country_code: 'DE' },
    billing_address: { first_name: 'Mara', address1: 'Lindenstr. 4', city: 'Köln', zip: '50674', country: 'Germany', country_code: 'DE' },
    shipping_lines: [{ id: 271878346, title: 'Standard (3–5 days)', code: 'standard', price: '5.90', source: 'shopify' }],
    line_items: [
      lineItem(),
      lineItem({
        id: 141249953,
        variant_id: 49148385,
        sku: 'STRAP-1',
        title: 'Shoulder strap',
        variant_title: 'Default Title',
        name: 'Shoulder strap',
        price: '12.00',
        product_id: 921728736,
      }),
    ],
    fulfillments: [],
    refunds: [],
    ...over,
  };
}

export function shopifyFulfillment(over: Record<string, unknown> = {}) {
  return {
    id: 255858046,
    admin_graphql_api_id: 'gid://shopify/Fulfillment/255858046',
    order_id: 450789469,
    name: '#1001.1',
    status: 'success',
    shipment_status: 'in_transit',
    service: 'manual',
    location_id: 24826418,
    tracking_company: 'DHL Express',
    tracking_number: '1Z2345',
    tracking_numbers: ['1Z2345'],
    tracking_url: 'https://www.dhl.com/track?AWB=1Z2345',
    tracking_urls: ['https://www.dhl.com/track?AWB=1Z2345'],
    created_at: '2026-11-03T09:00:00+01:00',
    updated_at: '2026-11-04T16:20:00+01:00',
    origin_address: { country_code: 'CN' },
    line_items: [lineItem()],
    ...over,
  };
}

export function shopifyFulfillmentEvent(over: Record<string, unknown> = {}) {
  return {
    id: 944956391,
    fulfillment_id: 255858046,
    order_id: 450789469,
    status: 'delivered',
    message: 'Delivered to the front door',
    happened_at: '2026-11-06T11:40:00+01:00',
    estimated_delivery_at: '2026-11-06T18:00:00+01:00',
    city: 'Köln',
    province: 'NRW',
    country: 'Germany',
    zip: '50674',
    address1: null,
    latitude: null,
    longitude: null,
    shop_id: 690933842,
    created_at: '2026-11-06T11:41:00+01:00',
    updated_at: '2026-11-06T11:41:00+01:00',
    ...over,
  };
}

export function shopifyRefund(over: Record<string, unknown> = {}) {
  return {
    id: 509562969,
    admin_graphql_api_id: 'gid://shopify/Refund/509562969',
    order_id: 450789469,
    created_at: '2026-11-09T14:00:00+01:00',
    processed_at: '2026-11-09T14:00:00+01:00',
    note: 'The zip broke the second time I used it, the pull tab came off.',
    restock: false,
    user_id: 548380009,
    refund_line_items: [
      {
        id: 104689539,
        quantity: 1,
        line_item_id: 13924563140874,
        location_id: null,
        restock_type: 'no_restock',
        subtotal: 89,
        total_tax: 14.83,
        line_item: lineItem(),
      },
    ],
    transactions: [{ id: 245135, amount: '89.00', kind: 'refund', gateway: 'bogus', status: 'success', currency: 'EUR' }],
    order_adjustments: [],
    duties: [],
    ...over,
  };
}

export function shopifyReturn(over: Record<string, unknown> = {}) {
  return {
    id: 945000959,
    admin_graphql_api_id: 'gid://shopify/Return/945000959',
    status: 'requested',
    order: { id: 450789469, admin_graphql_api_id: 'gid://shopify/Order/450789469', name: '#1001' },
    total_return_line_items: 2,
    name: '#1001-R1',
    created_at: '2026-11-10T08:30:00Z',
    updated_at: '2026-11-10T08:30:00Z',
    return_line_items: [
      {
        id: 677614678,
        admin_graphql_api_id: 'gid://shopify/ReturnLineItem/677614678',
        quantity: 1,
        return_reason: 'size_too_small',
        return_reason_note: '',
        customer_note: 'It does not fit a 15 inch laptop as the page says.',
        fulfillment_line_item: { id: 7894561, line_item: lineItem() },
      },
      {
        id: 677614679,
        admin_graphql_api_id: 'gid://shopify/ReturnLineItem/677614679',
        quantity: 1,
        return_reason: 'color',
        return_reason_note: null,
        customer_note: null,
        fulfillment_line_item: {
          id: 7894562,
          line_item: lineItem({ sku: 'STRAP-1', variant_title: 'Default Title', name: 'Shoulder strap' }),
        },
      },
    ],
    decline: null,
    ...over,
  };
}

export function shopifyProduct(over: Record<string, unknown> = {}) {
  return {
    id: 632910392,
    admin_graphql_api_id: 'gid://shopify/Product/632910392',
    title: 'Canvas Weekender Bag',
    body_html: '<p>Waxed canvas, fits a 15" laptop.</p>',
    vendor: 'Hanfeng Textiles',
    product_type: 'Bags',
    handle: 'canvas-weekender-bag',
    status: 'active',
    tags: 'canvas, travel',
    created_at: '2026-10-01T09:00:00+02:00',
    updated_at: '2026-11-01T09:00:00+01:00',
    variants: [
      { id: 808950810, product_id: 632910392, title: 'Olive', sku: 'BAG-OLV', price: '89.00', inventory_quantity: 40 },
      { id: 808950811, product_id: 632910392, title: 'Sand', sku: 'BAG-SND', price: '89.00', inventory_quantity: 12 },
    ],
    ...over,
  };
}

export const shopifyPrivacy = {
  'customers/data_request': {
    shop_id: 954889,
    shop_domain: SHOP,
    orders_requested: [299938, 280263],
    customer: { id: 191167, email: 'john@example.test', phone: '555-625-1199' },
    data_request: { id: 9999 },
  },
  'customers/redact': {
    shop_id: 954889,
    shop_domain: SHOP,
    customer: { id: 191167, email: 'john@example.test', phone: '555-625-1199' },
    orders_to_redact: [299938, 280263],
  },
  'shop/redact': { shop_id: 954889, shop_domain: SHOP },
};

export function wooOrder(over: Record<string, unknown> = {}) {
  return {
    id: 727,
    parent_id: 0,
    number: '727',
    order_key: 'wc_order_58d2d042d1d',
    created_via: 'checkout',
    version: '9.4.2',
    status: 'processing',
    currency: 'GBP',
    date_created: '2026-11-03T11:02:11',
    date_created_gmt: '2026-11-03T11:02:11',
    date_modified: '2026-11-03T11:05:40',
    date_modified_gmt: '2026-11-03T11:05:40',
    discount_total: '0.00',
    shipping_total: '4.50',
    total: '53.50',
    total_tax: '8.92',
    customer_id: 26,
    customer_note: '',
    billing: {
      first_name: 'Owen',
      last_name: 'Price',
      city: 'Leeds',
      postcode: 'LS1 4DY',
      country: 'GB',
      email: 'owen.price@example.test',
      phone: '',
    },
    shipping: { first_name: 'Owen', last_name: 'Price', city: 'Leeds', postcode: 'LS1 4DY', country: 'GB' },
    payment_method: 'stripe',
    payment_method_title: 'Credit card (Stripe)',
    transaction_id: 'ch_3QwooOrder727',
    date_paid_gmt: '2026-11-03T11:05:40',
    date_completed_gmt: null,
    meta_data: [{ id: 1001, key: '_stripe_intent_id', value: 'pi_3QwooOrder727' }],
    line_items: [
      {
        id: 315,
        name: 'Merino beanie - Charcoal',
        product_id: 93,
        variation_id: 101,
        quantity: 1,
        tax_class: '',
        subtotal: '49.00',
        total: '49.00',
        sku: 'HAT-CHR',
        price: 49,
        meta_data: [{ id: 2961, key: 'pa_colour', value: 'charcoal', display_key: 'Colour', display_value: 'Charcoal' }],
      },
    ],
    shipping_lines: [{ id: 316, method_title: 'Royal Mail 2nd Class', method_id: 'flat_rate', total: '4.50' }],
    refunds: [],
    ...over,
  };
}

export function stripeDisputeEvent(over: { type?: string; created?: number; dispute?: Record<string, unknown> } = {}) {
  return {
    id: `evt_1QdisputeA${over.type ?? 'created'}${over.created ?? ''}`,
    object: 'event',
    api_version: '2024-06-20',
    created: over.created ?? 1_794_830_000,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: over.type ?? 'charge.dispute.created',
    data: {
      object: {
        id: 'dp_1QdisputeA',
        object: 'dispute',
        amount: 5350,
        balance_transactions: [],
        charge: 'ch_3QwooOrder727',
        created: 1_794_829_990,
        currency: 'gbp',
        evidence: { customer_communication: null, shipping_tracking_number: null, uncategorized_text: null },
        evidence_details: { due_by: 1_795_651_199, has_evidence: false, past_due: false, submission_count: 0 },
        is_charge_refundable: false,
        livemode: false,
        metadata: {},
        network_reason_code: '13.1',
        payment_intent: 'pi_3QwooOrder727',
        reason: 'product_not_received',
        status: 'needs_response',
        ...over.dispute,
      },
    },
  };
}
