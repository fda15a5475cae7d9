import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import { pageQuery } from '../../platform/http/query.js';
import { currentKnowledge, knowledgeHistory, KNOWLEDGE_KINDS } from './knowledge-repository.js';
import { knowledgeIdSchema, knowledgeInput, updateKnowledge } from './update-knowledge.js';
import { feedEvents } from './feed-repository.js';
import { presentFeedItem, presentKnowledge } from './present-knowledge.js';
import { getProductFile } from './product-file/get-product-file.js';
import { presentProductFile } from './product-file/present-product-file.js';

const cursor = z.string().regex(/^\d+$/).transform(Number).optional();
const json = async (req: { json(): Promise<unknown> }) => req.json().catch(() => {
  throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
});

const knowledgeQuery = z.object({ kind: z.enum(KNOWLEDGE_KINDS).optional(), sku: z.string().max(100).optional() });

/** /api/knowledge: macros, FAQ and chatbot entries, current version of each; PUT writes a new version. */
export function knowledgeRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', async (c) => c.json({ items: (await currentKnowledge(ctx.db, parseInput(knowledgeQuery, c.req.query()))).map(presentKnowledge) }));
  app.get('/:id/versions', async (c) => {
    const versions = await knowledgeHistory(ctx.db, parseInput(knowledgeIdSchema, c.req.param('id')));
    if (versions.length === 0) throw new AppError('knowledge_not_found', `knowledge entry ${c.req.param('id')} does not exist`);
    return c.json({ items: versions.map(presentKnowledge) });
  });
  app.put('/:id', async (c) => {
    const id = parseInput(knowledgeIdSchema, c.req.param('id'), ['id']);
    return c.json(presentKnowledge(await updateKnowledge(ctx, id, parseInput(knowledgeInput, await json(c.req)))));
  });
  return app;
}

const feedQuery = z.object({ sku: z.string().max(100).optional(), limit: pageQuery.limit, cursor });

/** /api/feed: what changed and why, newest first. */
export function feedRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', async (c) => {
    const q = parseInput(feedQuery, c.req.query());
    const rows = await feedEvents(ctx.db, { ...q, limit: q.limit + 1 });
    const more = rows.length > q.limit;
    const page = more ? rows.slice(0, q.limit) : rows;
    return c.json({ items: page.map(presentFeedItem), nextCursor: more ? String(page[page.length - 1]!.id) : null });
  });
  return app;
}

/** /api/products/:sku/file: the product file, everything known about one SKU (mounted beside products' routes). */
export function productFileRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/:sku/file', async (c) => c.json(presentProductFile(await getProductFile(ctx.db, c.req.param('sku')))));
  return app;
}
