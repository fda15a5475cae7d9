import { Hono } from 'hono';
import { z } from 'zod';
import { productInput } from '../../../contracts/signal.js';
import type { ProductPage, ProductUpsert, ProductUpsertBatch } from '../../../contracts/products.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { parseInput, readOneOrBatch } from '../../platform/http/validate.js';
import { pageQuery } from '../../platform/http/query.js';
import { doc } from '../../platform/http/openapi.js';
import { upsertProducts } from './upsert-products.js';
import { getProducts, listProducts } from './product-repository.js';
import { presentProduct } from './present-product.js';

const listQuery = z.object({ q: z.string().max(200).optional(), ...pageQuery });

export function productRoutes(ctx: AppContext) {
  const app = new Hono();
  app.post(
    '/',
    doc({
      summary: 'Receive one product (an object) or a batch (an array): the base of the product file, with change history',
      body: productInput,
      batch: 1000,
      responses: { 201: 'stored: the result for one, { inserted, updated, duplicates, results } for a batch', 200: 'nothing new' },
    }),
    async (c) => {
      const { items, batch } = await readOneOrBatch(c.req, productInput, 1000);
      const results = await upsertProducts(ctx, items, { actor: actorName('api') });
      const inserted = results.filter((r) => r.status === 'inserted').length;
      if (!batch) return c.json(results[0] satisfies ProductUpsert | undefined, results[0]!.status === 'inserted' ? 201 : 200);
      return c.json(
        {
          inserted,
          updated: results.filter((r) => r.status === 'updated').length,
          duplicates: results.filter((r) => r.status === 'duplicate').length,
          results,
        } satisfies ProductUpsertBatch,
        inserted ? 201 : 200,
      );
    },
  );
  app.get(
    '/',
    doc({ summary: 'Products by SKU; q searches SKU and title', query: listQuery, responses: { 200: '{ items, nextCursor }' } }),
    async (c) => {
      const q = parseInput(listQuery, c.req.query());
      const rows = await listProducts(ctx.db, { ...q, limit: q.limit + 1 });
      const more = rows.length > q.limit;
      const items = more ? rows.slice(0, q.limit) : rows;
      return c.json({ items: items.map(presentProduct), nextCursor: more ? items[items.length - 1]!.sku : null } satisfies ProductPage);
    },
  );
  app.get('/:sku', doc({ summary: 'One product', errors: ['product_not_found'] }), async (c) => {
    const [p] = await getProducts(ctx.db, [c.req.param('sku')]);
    if (!p) throw new AppError('product_not_found', `product ${c.req.param('sku')} does not exist`);
    return c.json(presentProduct(p));
  });
  return app;
}
