import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import { idText, pageQuery } from '../../platform/http/query.js';
import { doc } from '../../platform/http/openapi.js';
import type { FeedPage, KnowledgeList } from '../../../contracts/actions.js';
import type { ProductFile } from '../../../contracts/issues.js';
import { currentKnowledge, knowledgeHistory, KNOWLEDGE_KINDS } from './knowledge-repository.js';
import { knowledgeIdSchema, knowledgeInput, updateKnowledge } from './update-knowledge.js';
import { feedEvents } from './feed-repository.js';
import { presentFeedItem, presentKnowledge } from './present-knowledge.js';
import { getProductFile } from './product-file/get-product-file.js';
import { presentProductFile } from './product-file/present-product-file.js';

const cursor = idText.transform(Number).optional();
const json = async (req: { json(): Promise<unknown> }) =>
  req.json().catch(() => {
    throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
  });

const knowledgeParams = z.object({ id: knowledgeIdSchema });
const knowledgeQuery = z.object({ kind: z.enum(KNOWLEDGE_KINDS).optional(), sku: z.string().max(100).optional() });

/** /api/knowledge: macros, FAQ and chatbot entries, current version of each; PUT writes a new version. */
export function knowledgeRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary: 'Support macros, FAQ and chatbot entries: the current version of each',
      query: knowledgeQuery,
      responses: { 200: '{ items }' },
    }),
    async (c) =>
      c.json({
        items: (await currentKnowledge(ctx.db, parseInput(knowledgeQuery, c.req.query()))).map(presentKnowledge),
      } satisfies KnowledgeList),
  );
  app.get(
    '/:id/versions',
    doc({
      summary: 'Every version of a knowledge entry',
      params: knowledgeParams,
      responses: { 200: '{ items }' },
      errors: ['knowledge_not_found'],
    }),
    async (c) => {
      const versions = await knowledgeHistory(ctx.db, parseInput(knowledgeIdSchema, c.req.param('id')));
      if (versions.length === 0) throw new AppError('knowledge_not_found', `knowledge entry ${c.req.param('id')} does not exist`);
      return c.json({ items: versions.map(presentKnowledge) } satisfies KnowledgeList);
    },
  );
  app.put(
    '/:id',
    doc({
      summary: 'Write a new version of a knowledge entry (kind and title create a new entry); the change and its note go to the feed',
      params: knowledgeParams,
      body: knowledgeInput,
      errors: ['knowledge_not_found', 'conflict'],
    }),
    async (c) => {
      const id = parseInput(knowledgeIdSchema, c.req.param('id'), ['id']);
      return c.json(presentKnowledge(await updateKnowledge(ctx, id, parseInput(knowledgeInput, await json(c.req)))));
    },
  );
  return app;
}

const feedQuery = z.object({ sku: z.string().max(100).optional(), limit: pageQuery.limit, cursor });

/** /api/feed: what changed and why, newest first. */
export function feedRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary: 'What changed and why, newest first: decisions, fixes gone live, verdicts, knowledge and playbook edits',
      query: feedQuery,
      responses: { 200: '{ items, nextCursor }' },
    }),
    async (c) => {
      const q = parseInput(feedQuery, c.req.query());
      const rows = await feedEvents(ctx.db, { ...q, limit: q.limit + 1 });
      const more = rows.length > q.limit;
      const page = more ? rows.slice(0, q.limit) : rows;
      return c.json({ items: page.map(presentFeedItem), nextCursor: more ? String(page[page.length - 1]!.id) : null } satisfies FeedPage);
    },
  );
  return app;
}

/** /api/products/:sku/file: the product file, everything known about one SKU (mounted beside products' routes). */
export function productFileRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/:sku/file',
    doc({
      summary:
        'The product file: issues, signals, photos, batches and suppliers, actions, decisions, knowledge and the change history as one timeline',
      errors: ['product_not_found'],
    }),
    async (c) => c.json(presentProductFile(await getProductFile(ctx.db, c.req.param('sku'))) satisfies ProductFile),
  );
  return app;
}
