import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import type { ActionCheck, BoardPage, DecisionList } from '../../../contracts/actions.js';
import type { IssueDetail } from '../../../contracts/issues.js';
import { doc } from '../../platform/http/openapi.js';
import { ACTION_STATUSES, DECISION_TYPES, decisionSchema } from './rules/index.js';
import { idText, pageQuery } from '../../platform/http/query.js';
import { createAction, createActionInput } from './loop/create-action.js';
import { updateAction, updateActionInput } from './loop/update-action.js';
import { recordDecision } from './loop/record-decision.js';
import { checkAction } from './loop/check-action.js';
import { listDecisions } from './loop/list-decisions.js';
import { getIssueDetail } from './loop/get-issue-detail.js';
import { listActions } from './loop/list-actions.js';
import { presentAction, presentBoardItem, presentDecision, presentIssueDetail } from './loop/present-action.js';

const idParam = z.coerce.number().int().positive();
const cursor = idText.transform(Number).optional();
const json = async (req: { json(): Promise<unknown> }) =>
  req.json().catch(() => {
    throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
  });

const actionQuery = z.object({
  status: z.enum(ACTION_STATUSES).optional(),
  ownerTeam: z.string().max(100).optional(),
  location: z.string().max(100).optional(),
  issueId: idText.transform(Number).optional(),
  sku: z.string().max(100).optional(),
  limit: pageQuery.limit,
  cursor,
});

/** /api/actions: the action board and each action's transitions. */
export function actionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary:
        "The action board: each action with its issue's channels, masked customer wording, evidence, impact scope, SLA states and escalation condition",
      query: actionQuery,
      responses: { 200: '{ items, nextCursor }' },
    }),
    async (c) => {
      const q = parseInput(actionQuery, c.req.query());
      const page = await listActions(ctx.db, q);
      const now = ctx.clock.now();
      return c.json({
        items: page.items.map((i) => presentBoardItem(i.action, i.issue, now)),
        nextCursor: page.nextCursor,
      } satisfies BoardPage);
    },
  );
  app.patch(
    '/:id{[0-9]{1,15}}',
    doc({
      summary: 'Move an action (proposed → accepted → in_progress → done; cancelled needs a reason), or change its owner or due date',
      description:
        "Marking done records the baseline; verified and failed come from the verdict. A move the rules refuse answers 409 or 422 with the rule's code.",
      body: updateActionInput,
      errors: [
        'action_not_found',
        'forbidden',
        'action_invalid_transition',
        'action_terminal',
        'action_baseline_required',
        'action_verdict_required',
        'action_verdict_mismatch',
        'action_review_window_open',
        'action_reason_required',
      ],
    }),
    async (c) => {
      const body = parseInput(updateActionInput, await json(c.req));
      return c.json(presentAction(await updateAction(ctx, Number(c.req.param('id')), { ...body, actor: actorName(body.actor) })));
    },
  );
  return app;
}

/**
 * /api/issues/:id (the issue's page, with the work on it), /:id/actions and /:id/decisions: the
 * doors that act on an issue. Close and reopen are the issues module's.
 */
export function issueActionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/:id{[0-9]{1,15}}',
    doc({
      summary: 'One issue with its trend by day and week (56 days), evidence, recommendation, actions, decisions and verdicts',
      errors: ['issue_not_found'],
    }),
    async (c) => c.json(presentIssueDetail(await getIssueDetail(ctx.db, Number(c.req.param('id')), ctx.clock.now())) satisfies IssueDetail),
  );
  app.post(
    '/:id{[0-9]{1,15}}/actions',
    doc({
      summary: 'Propose a write-back action for an issue',
      description: 'A blocked move answers 422 action_blocked_move with details.refusals: [{ code, reason }].',
      body: createActionInput,
      responses: { 201: 'the action' },
      errors: ['issue_not_found', 'action_blocked_move', 'forbidden'],
    }),
    async (c) => {
      const body = parseInput(createActionInput, await json(c.req));
      return c.json(
        presentAction(await createAction(ctx, parseInput(idParam, c.req.param('id')), { ...body, actor: actorName(body.actor) })),
        201,
      );
    },
  );
  app.post(
    '/:id{[0-9]{1,15}}/actions/check',
    doc({
      summary: "Check a proposed write-back action against the blocked moves without storing it (the form's live refusals)",
      body: createActionInput,
      responses: { 200: '{ refusals: [{ code, reason }] }' },
      errors: ['issue_not_found'],
    }),
    async (c) => {
      const body = parseInput(createActionInput, await json(c.req));
      const refusals = await checkAction(ctx, parseInput(idParam, c.req.param('id')), body);
      return c.json({ refusals } satisfies ActionCheck);
    },
  );
  app.post(
    '/:id{[0-9]{1,15}}/decisions',
    doc({
      summary: "The owner's answer back to support, one of five types with its own fields and a note",
      description: 'issueId comes from the path; decidedBy defaults to api and decidedAt to now.',
      body: decisionSchema,
      responses: { 201: 'the decision' },
      errors: ['issue_not_found', 'decision_invalid'],
    }),
    async (c) => {
      const body = await json(c.req);
      const claimed = typeof (body as { decidedBy?: unknown })?.decidedBy === 'string' ? (body as { decidedBy: string }).decidedBy : 'api';
      const actor = actorName(claimed);
      // Signed in, the person decided whatever the body's decidedBy says (a wrong type is still refused by name).
      const input = typeof (body as { decidedBy?: unknown })?.decidedBy === 'string' ? { ...(body as object), decidedBy: actor } : body;
      return c.json(presentDecision(await recordDecision(ctx, Number(c.req.param('id')), input, actor)), 201);
    },
  );
  return app;
}

const decisionQuery = z.object({ type: z.enum(DECISION_TYPES).optional(), limit: pageQuery.limit });

/** /api/decisions: owners' answers across issues, newest first. */
export function decisionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary: "Owners' decisions across every issue, newest first (type: one decision type)",
      query: decisionQuery,
      responses: { 200: '{ items }' },
    }),
    async (c) => {
      const q = parseInput(decisionQuery, c.req.query());
      return c.json({ items: (await listDecisions(ctx.db, q)).map(presentDecision) } satisfies DecisionList);
    },
  );
  return app;
}
