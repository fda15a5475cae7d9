import type { ProductInput } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { appendEvents, type EventInput } from '../../platform/events.js';
import { getProducts, insertProduct, updateProduct } from './product-repository.js';
import type { Product } from './product.js';

export type ProductUpsertStatus = 'inserted' | 'updated' | 'duplicate';

/**
 * The product file's base. A changed title, supplier, URL or promise is an update and an
 * event holding before and after: that is the product's change history.
 */
export async function upsertProducts(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  items: ProductInput[],
  opts: { actor: string },
): Promise<{ index: number; sku: string; status: ProductUpsertStatus }[]> {
  return ctx.db.transaction().execute(async (tx) => {
    const current = new Map((await getProducts(tx, [...new Set(items.map((p) => p.sku))])).map((p) => [p.sku, p]));
    const now = ctx.clock.now();
    const events: EventInput[] = [];
    const results = [];
    for (const [index, p] of items.entries()) {
      let cur = current.get(p.sku);
      let status: ProductUpsertStatus;
      // A concurrent request may create the SKU between the read above and this insert: then this
      // one is an update of what that request stored (or a duplicate of it), never a failure.
      if (!cur && !(await insertProduct(tx, p, now))) cur = (await getProducts(tx, [p.sku]))[0];
      if (!cur) {
        status = 'inserted';
        events.push({
          type: 'product.created',
          actor: opts.actor,
          at: now,
          subjectType: 'product',
          subjectId: p.sku,
          payload: { title: p.title },
        });
      } else {
        const changes = diff(cur, p);
        if (Object.keys(changes).length === 0) status = 'duplicate';
        else {
          await updateProduct(tx, p, now);
          status = 'updated';
          events.push({
            type: 'product.updated',
            actor: opts.actor,
            at: now,
            subjectType: 'product',
            subjectId: p.sku,
            payload: { changes },
          });
        }
      }
      current.set(p.sku, { ...(cur ?? { createdAt: now }), ...normalize(p), updatedAt: now } as Product);
      results.push({ index, sku: p.sku, status });
    }
    await appendEvents(tx, events);
    return results;
  });
}

function normalize(p: ProductInput) {
  return {
    sku: p.sku,
    title: p.title,
    supplier: p.supplier ?? null,
    pageUrl: p.pageUrl ?? null,
    category: p.category ?? null,
    promises: p.promises,
  };
}

function diff(cur: Product, p: ProductInput): Record<string, { before: unknown; after: unknown }> {
  const next = normalize(p) as Record<string, unknown>;
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const k of ['title', 'supplier', 'pageUrl', 'category', 'promises']) {
    const before = (cur as unknown as Record<string, unknown>)[k];
    if (JSON.stringify(before) !== JSON.stringify(next[k])) out[k] = { before, after: next[k] };
  }
  return out;
}
