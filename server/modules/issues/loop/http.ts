import { Hono } from 'hono';
import { z } from 'zod';
import { ISSUE_TYPES } from '../../../../contracts/signal.js';
import type { IssuePage, IssueStatusChange, ThemeList } from '../../../../contracts/issues.js';
import type { AppContext } from '../../../platform/http/context.js';
import { parseInput } from '../../../platform/http/validate.js';
import { pageQuery } from '../../../platform/http/query.js';
import { doc } from '../../../platform/http/openapi.js';
import { AppError } from '../../../platform/errors.js';
import { ISSUE_STATUSES } from '../status/next-issue-status.js';
import { closeIssue, closeIssueInput, reopenIssue, reopenIssueInput } from './close-issue.js';
import { listIssues, parseIssueCursor } from './list-issues.js';
import { presentIssue } from './present-issue.js';
import { listThemes } from './theme-repository.js';

const listQuery = z
  .object({
    status: z.enum(ISSUE_STATUSES).optional(),
    sku: z.string().max(100).optional(),
    issueType: z.enum(ISSUE_TYPES).optional(),
    owner: z.string().max(100).optional(),
    limit: pageQuery.limit,
    sort: z.enum(['newest', 'size']).optional(),
    cursor: z
      .string()
      .regex(/^\d{1,15}(\.\d{1,15})?$/, 'a cursor from nextCursor')
      .optional(),
    includeEmpty: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .transform(({ cursor, ...q }) => ({ ...q, cursor: cursor === undefined ? undefined : parseIssueCursor(cursor, q.sort) }));

const idParam = z.coerce.number().int().positive();
const json = async (req: { json(): Promise<unknown> }) =>
  req.json().catch(() => {
    throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
  });

/**
 * /api/issues: repeats with their spikes and recommendation, and the owner's close and reopen.
 * One issue's page (GET /:id, with its actions and verdicts) is served by the actions module.
 */
export function issueRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary: 'Repeated issues, newest first (sort=size: most signals first)',
      description:
        'Each has its spike, counts by channel, impact scope, masked representative wording and its playbook recommendation. Issues whose signals all moved away only with includeEmpty=true.',
      query: listQuery,
      responses: { 200: '{ items, nextCursor }' },
    }),
    async (c) => {
      const page = await listIssues(ctx.db, parseInput(listQuery, c.req.query()));
      return c.json({ items: page.items.map((i) => presentIssue(i.issue, i.playbook)), nextCursor: page.nextCursor } satisfies IssuePage);
    },
  );
  app.post(
    '/:id{[0-9]{1,15}}/close',
    doc({
      summary:
        'Close an issue: resolved after a verdict, not_a_real_issue, or duplicate (with duplicateOf); refused while work is pending, the issue is alarming or already closed',
      body: closeIssueInput,
      errors: ['issue_not_found', 'issue_close_blocked'],
    }),
    async (c) => {
      const body = parseInput(closeIssueInput, await json(c.req));
      return c.json((await closeIssue(ctx, parseInput(idParam, c.req.param('id')), body)) satisfies IssueStatusChange);
    },
  );
  app.post(
    '/:id{[0-9]{1,15}}/reopen',
    doc({
      summary: 'Reopen a closed issue; its status follows from its facts again',
      body: reopenIssueInput,
      errors: ['issue_not_found', 'issue_not_closed'],
    }),
    async (c) => {
      const body = parseInput(reopenIssueInput, await json(c.req));
      return c.json((await reopenIssue(ctx, parseInput(idParam, c.req.param('id')), body)) satisfies IssueStatusChange);
    },
  );
  return app;
}

/** /api/themes: emerging complaints nobody has named yet. */
export function themeRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({ summary: 'Emerging themes: recent signals no issue type fits well, grouped by wording', responses: { 200: '{ items }' } }),
    async (c) =>
      c.json({
        items: (await listThemes(ctx.db)).map((t) => ({
          id: t.id,
          size: t.size,
          topTerms: t.topTerms,
          representativeSignalId: t.representativeSignalId,
          representativeWording: t.representativeText,
          signalIds: t.memberIds,
          skus: t.skus,
          computedAt: t.computedAt.toISOString(),
          windowFrom: t.windowFrom.toISOString(),
        })),
      } satisfies ThemeList),
  );
  return app;
}
