import { z } from 'zod';
import { productInput } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { upsertProducts } from '../products/index.js';
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
 * customers/data_request, customers/redact, shop/redact: Shopify requires an app to act on these.
 * Writeback has no customer export or erase yet, so they are recorded (kept, listed on the
 * connections page) for a person to act on, and say so.
 */
export async function shopifyPrivacy(_ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  parsePayload(z.looseObject({ shop_domain: str }), d.body);
  return { status: 'recorded', note: 'recorded, erase not wired: act on this request by hand' };
}
