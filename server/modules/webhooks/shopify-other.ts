import { z } from 'zod';
import { productInput } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { upsertProducts } from '../products/index.js';
import { eraseCustomer, getCustomer } from '../customers/index.js';
import type { Outcome, StoredDelivery } from './connector.js';
import { advanceResource } from './delivery-repository.js';
import { checked, clip, id, parsePayload, str, when } from './payload.js';
import { skuOf } from './shopify-orders.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

const product = z.looseObject({
  id: id,
  title: z.string().min(1).max(10_000),
  handle: str,
  vendor: str,
  product_type: str,
  updated_at: when.nullish(),
  variants: z.array(z.looseObject({ id: id, sku: str, title: str })).nullish(),
});

/** products/create, products/update: one product per variant SKU, its page on the shop. */
export async function shopifyProduct(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const p = parsePayload(product, d.body);
  if (p.updated_at && !(await advanceResource(ctx.db, 'shopify', 'product', p.id, new Date(p.updated_at))))
    return { status: 'stale', note: `product ${p.id} is already stored as of a later update` };
  const variants = p.variants?.length ? p.variants : [{ id: p.id, sku: null, title: null }];
  const pageUrl = d.shop && p.handle ? `https://${d.shop}/products/${encodeURIComponent(p.handle)}` : null;
  const items = variants.map((v, i) =>
    checked(
      productInput,
      {
        sku: skuOf({ sku: v.sku, variant_id: v.id, product_id: p.id }),
        title: clip(v.title && v.title !== 'Default Title' ? `${p.title} — ${v.title}` : p.title, 500),
        supplier: clip(p.vendor, 200),
        category: clip(p.product_type, 100),
        pageUrl: pageUrl && pageUrl.length <= 2048 ? pageUrl : null,
        promises: {},
      },
      `variant ${i + 1}`,
    ),
  );
  await upsertProducts(ctx, items, { actor: 'shopify' });
  return { status: 'processed' };
}

/**
 * Shopify's privacy topics. customers/redact erases the customer as `POST
 * /api/customers/:id/erase` does (one they never wrote about is simply not held). A data request
 * and a whole shop's redaction are recorded (kept and listed on the connections page) for a
 * person: the first is answered by sending the customer page's export to the merchant, the second
 * deletes a whole store and is not done on a webhook's word.
 */
export async function shopifyPrivacy(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const p = parsePayload(z.looseObject({ shop_domain: str, customer: z.looseObject({ id: id }).nullish() }), d.body);
  if (d.topic === 'customers/redact' && p.customer) {
    const customerId = `shopify-${p.customer.id}`;
    if (!(await getCustomer(ctx.db, customerId))) return { status: 'processed', note: `no data held for ${customerId}` };
    const r = await eraseCustomer(ctx, customerId, { actor: 'shopify' });
    return { status: 'processed', note: `erased ${customerId}: ${r.counts.signals} signals, ${r.counts.orders} orders` };
  }
  const what = d.topic === 'customers/data_request' ? "send the customer page's export to the merchant" : 'act on this request by hand';
  return { status: 'recorded', note: `recorded: ${what}` };
}
