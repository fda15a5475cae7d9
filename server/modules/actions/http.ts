import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import { idText, pageQuery } from '../../platform/http/query.js';
import { ACTION_STATUSES } from './rules/index.js';
import { createAction, createActionInput } from './loop/create-action.js';
import { updateAction, updateActionInput } from './loop/update-action.js';
import { recordDecision } from './loop/record-decision.js';
import { closeIssue, closeIssueInput, reopenIssue, reopenIssueInput } from './loop/close-issue.js';
import { listActions } from './loop/list-actions.js';
import { presentAction, presentBoardItem, presentDecision } from './loop/present-action.js';
import { currentKnowledge, knowledgeHistory, KNOWLEDGE_KINDS } from './knowledge/knowledge-repository.js';
import { knowledgeIdSchema, knowledgeInput, updateKnowledge } from './knowledge/update-knowledge.js';
import { feedEvents } from './knowledge/feed-repository.js';
import { presentFeedItem, presentKnowledge } from './knowledge/present-knowledge.js';

const idParam = z.coerce.number().int().positive();
const cursor = idText.transform(Number).optional();
const json = async (req: { json(): Promise<unknown> }) => req.json().catch(() => {
  throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
});

const actionQuery = z.object({
  status: z.enum(ACTION_STATUSES).optional(), ownerTeam: z.string().max(100).optional(), location: z.string().max(100).optional(),
  issueId: idText.transform(Number).optional(), sku: z.string().max(100).optional(), limit: pageQuery.limit, cursor,
});

/** /api/actions: the action board and each action's transitions. */
export function actionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', async (c) => {
    const q = parseInput(actionQuery, c.req.query());
    const page = await listActions(ctx.db, q);
    const now = ctx.clock.now();
    return c.json({ items: page.items.map((i) => presentBoardItem(i.action, i.issue, now)), nextCursor: page.nextCursor });
  });
  app.patch('/:id{[0-9]{1,15}}', async (c) => {
    const body = parseInput(updateActionInput, await json(c.req));
    return c.json(presentAction(await updateAction(ctx, Number(c.req.param('id')), body)));
  });
  return app;
}

/** /api/issues/:id/actions, /decisions, /close and /reopen: the doors that act on an issue. */
export function issueActionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.post('/:id{[0-9]{1,15}}/actions', async (c) => {
    const body = parseInput(createActionInput, await json(c.req));
    return c.json(presentAction(await createAction(ctx, parseInput(idParam, c.req.param('id')), body)), 201);
  });
  app.post('/:id{[0-9]{1,15}}/decisions', async (c) => {
    const body = await json(c.req);
    const actor = typeof (body as { decidedBy?: unknown })?.decidedBy === 'string' ? (body as { decidedBy: string }).decidedBy : 'api';
    return c.json(presentDecision(await recordDecision(ctx, Number(c.req.param('id')), body, actor)), 201);
  });
  app.post('/:id{[0-9]{1,15}}/close', async (c) => {
    const body = parseInput(closeIssueInput, await json(c.req));
    return c.json(await closeIssue(ctx, parseInput(idParam, c.req.param('id')), body));
  });
  app.post('/:id{[0-9]{1,15}}/reopen', async (c) => {
    const body = parseInput(reopenIssueInput, await json(c.req));
    return c.json(await reopenIssue(ctx, parseInput(idParam, c.req.param('id')), body));
  });
  return app;
}

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
