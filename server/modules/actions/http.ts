import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import type { BoardPage, FeedPage, KnowledgeList } from '../../../contracts/actions.js';
import type { IssueStatusChange } from '../../../contracts/issues.js';
import { doc } from '../../platform/http/openapi.js';
import { ACTION_STATUSES, decisionSchema } from './rules/index.js';
import { idText, pageQuery } from '../../platform/http/query.js';
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
  app.get('/', doc({
    summary: "The action board: each action with its issue's channels, masked customer wording, evidence, impact scope, SLA states and escalation condition",
    query: actionQuery, responses: { 200: '{ items, nextCursor }' },
  }), async (c) => {
    const q = parseInput(actionQuery, c.req.query());
    const page = await listActions(ctx.db, q);
    const now = ctx.clock.now();
    return c.json({ items: page.items.map((i) => presentBoardItem(i.action, i.issue, now)), nextCursor: page.nextCursor } satisfies BoardPage);
  });
  app.patch('/:id{[0-9]{1,15}}', doc({
    summary: "Move an action (proposed → accepted → in_progress → done; cancelled needs a reason), or change its owner or due date",
    description: 'Marking done records the baseline; verified and failed come from the verdict. A move the rules refuse answers 409 or 422 with the rule\'s code.',
    body: updateActionInput, errors: ['action_not_found', 'action_invalid_transition', 'action_terminal', 'action_baseline_required', 'action_verdict_required', 'action_verdict_mismatch', 'action_review_window_open', 'action_reason_required'],
  }), async (c) => {
    const body = parseInput(updateActionInput, await json(c.req));
    return c.json(presentAction(await updateAction(ctx, Number(c.req.param('id')), body)));
  });
  return app;
}

/** /api/issues/:id/actions, /decisions, /close and /reopen: the doors that act on an issue. */
export function issueActionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.post('/:id{[0-9]{1,15}}/actions', doc({
    summary: 'Propose a write-back action for an issue',
    description: 'A blocked move answers 422 action_blocked_move with details.refusals: [{ code, reason }].',
    body: createActionInput, responses: { 201: 'the action' }, errors: ['issue_not_found', 'action_blocked_move'],
  }), async (c) => {
    const body = parseInput(createActionInput, await json(c.req));
    return c.json(presentAction(await createAction(ctx, parseInput(idParam, c.req.param('id')), body)), 201);
  });
  app.post('/:id{[0-9]{1,15}}/decisions', doc({
    summary: "The owner's answer back to support, one of five types with its own fields and a note",
    description: 'issueId comes from the path; decidedBy defaults to api and decidedAt to now.',
    body: decisionSchema, responses: { 201: 'the decision' }, errors: ['issue_not_found', 'decision_invalid'],
  }), async (c) => {
    const body = await json(c.req);
    const actor = typeof (body as { decidedBy?: unknown })?.decidedBy === 'string' ? (body as { decidedBy: string }).decidedBy : 'api';
    return c.json(presentDecision(await recordDecision(ctx, Number(c.req.param('id')), body, actor)), 201);
  });
  app.post('/:id{[0-9]{1,15}}/close', doc({
    summary: 'Close an issue: resolved after a verdict, not_a_real_issue, or duplicate (with duplicateOf); refused while work is pending, the issue is alarming or already closed',
    body: closeIssueInput, errors: ['issue_not_found', 'issue_close_blocked'],
  }), async (c) => {
    const body = parseInput(closeIssueInput, await json(c.req));
    return c.json((await closeIssue(ctx, parseInput(idParam, c.req.param('id')), body)) satisfies IssueStatusChange);
  });
  app.post('/:id{[0-9]{1,15}}/reopen', doc({
    summary: "Reopen a closed issue; its status follows from its facts again",
    body: reopenIssueInput, errors: ['issue_not_found', 'issue_not_closed'],
  }), async (c) => {
    const body = parseInput(reopenIssueInput, await json(c.req));
    return c.json((await reopenIssue(ctx, parseInput(idParam, c.req.param('id')), body)) satisfies IssueStatusChange);
  });
  return app;
}

const knowledgeParams = z.object({ id: knowledgeIdSchema });
const knowledgeQuery = z.object({ kind: z.enum(KNOWLEDGE_KINDS).optional(), sku: z.string().max(100).optional() });

/** /api/knowledge: macros, FAQ and chatbot entries, current version of each; PUT writes a new version. */
export function knowledgeRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({ summary: 'Support macros, FAQ and chatbot entries: the current version of each', query: knowledgeQuery, responses: { 200: '{ items }' } }), async (c) => c.json({ items: (await currentKnowledge(ctx.db, parseInput(knowledgeQuery, c.req.query()))).map(presentKnowledge) } satisfies KnowledgeList));
  app.get('/:id/versions', doc({ summary: "Every version of a knowledge entry", params: knowledgeParams, responses: { 200: '{ items }' }, errors: ['knowledge_not_found'] }), async (c) => {
    const versions = await knowledgeHistory(ctx.db, parseInput(knowledgeIdSchema, c.req.param('id')));
    if (versions.length === 0) throw new AppError('knowledge_not_found', `knowledge entry ${c.req.param('id')} does not exist`);
    return c.json({ items: versions.map(presentKnowledge) } satisfies KnowledgeList);
  });
  app.put('/:id', doc({
    summary: 'Write a new version of a knowledge entry (kind and title create a new entry); the change and its note go to the feed',
    params: knowledgeParams, body: knowledgeInput, errors: ['knowledge_not_found', 'conflict'],
  }), async (c) => {
    const id = parseInput(knowledgeIdSchema, c.req.param('id'), ['id']);
    return c.json(presentKnowledge(await updateKnowledge(ctx, id, parseInput(knowledgeInput, await json(c.req)))));
  });
  return app;
}

const feedQuery = z.object({ sku: z.string().max(100).optional(), limit: pageQuery.limit, cursor });

/** /api/feed: what changed and why, newest first. */
export function feedRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({ summary: 'What changed and why, newest first: decisions, fixes gone live, verdicts, knowledge and playbook edits', query: feedQuery, responses: { 200: '{ items, nextCursor }' } }), async (c) => {
    const q = parseInput(feedQuery, c.req.query());
    const rows = await feedEvents(ctx.db, { ...q, limit: q.limit + 1 });
    const more = rows.length > q.limit;
    const page = more ? rows.slice(0, q.limit) : rows;
    return c.json({ items: page.map(presentFeedItem), nextCursor: more ? String(page[page.length - 1]!.id) : null } satisfies FeedPage);
  });
  return app;
}
