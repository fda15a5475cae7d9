import { Hono } from 'hono';
import { z } from 'zod';
import { orderInput } from '../../../contracts/signal.js';
import type { OrderPage, OrderUpsert, OrderUpsertBatch } from '../../../contracts/orders.js';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput, readOneOrBatch } from '../../platform/http/validate.js';
import { pageQuery, dateQuery } from '../../platform/http/query.js';
import { doc } from '../../platform/http/openapi.js';
import { upsertOrders } from './upsert-orders.js';
import { listOrders, getOrder } from './list-orders.js';
import { presentOrder } from './present-order.js';

const listQuery = z.object({
  sku: z.string().max(100).optional(),
  route: z.string().max(100).optional(),
  batch: z.string().max(100).optional(),
  from: dateQuery.optional(),
  to: dateQuery.optional(),
  ...pageQuery,
});

export function orderRoutes(ctx: AppContext) {
  const app = new Hono();
  app.post(
    '/',
    doc({
      summary: 'Receive one order (an object) or a batch (an array) with lines and carrier tracking; a known order is updated',
      body: orderInput,
      batch: 1000,
      responses: { 201: 'stored: the result for one, { inserted, updated, duplicates, results } for a batch', 200: 'nothing new' },
    }),
    async (c) => {
      const { items, batch } = await readOneOrBatch(c.req, orderInput, 1000);
      const results = await upsertOrders(ctx, items, { actor: 'api', source: 'api' });
      const inserted = results.filter((r) => r.status === 'inserted').length;
      if (!batch) return c.json(results[0] satisfies OrderUpsert | undefined, results[0]!.status === 'inserted' ? 201 : 200);
      return c.json(
        {
          inserted,
          updated: results.filter((r) => r.status === 'updated').length,
          duplicates: results.filter((r) => r.status === 'duplicate').length,
          results,
        } satisfies OrderUpsertBatch,
        inserted ? 201 : 200,
      );
    },
  );
  app.get(
    '/',
    doc({ summary: 'Orders with their lines and carrier scans', query: listQuery, responses: { 200: '{ items, nextCursor }' } }),
    async (c) => {
      const page = await listOrders(ctx.db, parseInput(listQuery, c.req.query()));
      return c.json({ items: page.items.map((o) => presentOrder(o, { masked: true })), nextCursor: page.nextCursor } satisfies OrderPage);
    },
  );
  app.get('/:id', doc({ summary: 'One order', errors: ['order_not_found'] }), async (c) =>
    c.json(presentOrder(await getOrder(ctx.db, c.req.param('id')))),
  );
  return app;
}
