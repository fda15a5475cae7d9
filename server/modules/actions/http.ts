import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import { pageQuery } from '../../platform/http/query.js';
import { ACTION_STATUSES } from './rules/index.js';
import { createAction, createActionInput } from './loop/create-action.js';
import { updateAction, updateActionInput } from './loop/update-action.js';
import { recordDecision } from './loop/record-decision.js';
import { getIssueDetail } from './loop/get-issue-detail.js';
import { listActions } from './loop/list-actions.js';
import { presentAction, presentBoardItem, presentDecision, presentIssueDetail } from './loop/present-action.js';

const idParam = z.coerce.number().int().positive();
const cursor = z.string().regex(/^\d+$/).transform(Number).optional();
const json = async (req: { json(): Promise<unknown> }) => req.json().catch(() => {
  throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
});

const actionQuery = z.object({
  status: z.enum(ACTION_STATUSES).optional(), ownerTeam: z.string().max(100).optional(), location: z.string().max(100).optional(),
  issueId: z.coerce.number().int().positive().optional(), sku: z.string().max(100).optional(), limit: pageQuery.limit, cursor,
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
  app.patch('/:id{[0-9]+}', async (c) => {
    const body = parseInput(updateActionInput, await json(c.req));
    return c.json(presentAction(await updateAction(ctx, Number(c.req.param('id')), body)));
  });
  return app;
}

/**
 * /api/issues/:id (the issue's page, with the work on it), /:id/actions and /:id/decisions: the
 * doors that act on an issue. Close and reopen are the issues module's.
 */
export function issueActionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/:id{[0-9]+}', async (c) => c.json(presentIssueDetail(await getIssueDetail(ctx.db, Number(c.req.param('id')), ctx.clock.now()))));
  app.post('/:id{[0-9]+}/actions', async (c) => {
    const body = parseInput(createActionInput, await json(c.req));
    return c.json(presentAction(await createAction(ctx, parseInput(idParam, c.req.param('id')), body)), 201);
  });
  app.post('/:id{[0-9]+}/decisions', async (c) => {
    const body = await json(c.req);
    const actor = typeof (body as { decidedBy?: unknown })?.decidedBy === 'string' ? (body as { decidedBy: string }).decidedBy : 'api';
    return c.json(presentDecision(await recordDecision(ctx, Number(c.req.param('id')), body, actor)), 201);
  });
  return app;
}
