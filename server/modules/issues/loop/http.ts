import { Hono } from 'hono';
import { z } from 'zod';
import { ISSUE_TYPES } from '../../../../contracts/signal.js';
import type { IssuePage, ThemeList } from '../../../../contracts/issues.js';
import type { AppContext } from '../../../platform/http/context.js';
import { parseInput } from '../../../platform/http/validate.js';
import { pageQuery } from '../../../platform/http/query.js';
import { doc } from '../../../platform/http/openapi.js';
import { ISSUE_STATUSES } from '../../actions/index.js';
import { getIssue, listIssues, parseIssueCursor } from './list-issues.js';
import { presentIssue, presentIssueDetail } from './present-issue.js';
import { getProductFile } from './get-product-file.js';
import { presentProductFile } from './present-product-file.js';
import { listThemes } from './theme-repository.js';

const listQuery = z.object({
  status: z.enum(ISSUE_STATUSES).optional(), sku: z.string().max(100).optional(), issueType: z.enum(ISSUE_TYPES).optional(),
  owner: z.string().max(100).optional(), limit: pageQuery.limit, sort: z.enum(['newest', 'size']).optional(),
  cursor: z.string().regex(/^\d{1,15}(\.\d{1,15})?$/, 'a cursor from nextCursor').optional(),
  includeEmpty: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
}).transform(({ cursor, ...q }) => ({ ...q, cursor: cursor === undefined ? undefined : parseIssueCursor(cursor, q.sort) }));

/** /api/issues: repeats with their spikes, recommendation, actions and verdicts. */
export function issueRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({
    summary: 'Repeated issues, newest first (sort=size: most signals first)',
    description: 'Each has its spike, counts by channel, impact scope, masked representative wording and its playbook recommendation. Issues whose signals all moved away only with includeEmpty=true.',
    query: listQuery, responses: { 200: '{ items, nextCursor }' },
  }), async (c) => {
    const page = await listIssues(ctx.db, parseInput(listQuery, c.req.query()));
    return c.json({ items: page.items.map((i) => presentIssue(i.issue, i.playbook)), nextCursor: page.nextCursor } satisfies IssuePage);
  });
  app.get('/:id{[0-9]{1,15}}', doc({
    summary: 'One issue with its trend by day and week (56 days), evidence, recommendation, actions, decisions and verdicts',
    errors: ['issue_not_found'],
  }), async (c) => {
    const x = await getIssue(ctx.db, Number(c.req.param('id')), ctx.clock.now());
    return c.json(presentIssueDetail(x.issue, x));
  });
  return app;
}

/** /api/themes: emerging complaints nobody has named yet. */
export function themeRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({ summary: 'Emerging themes: recent signals no issue type fits well, grouped by wording', responses: { 200: '{ items }' } }), async (c) => c.json({ items: (await listThemes(ctx.db)).map((t) => ({
    id: t.id, size: t.size, topTerms: t.topTerms, representativeSignalId: t.representativeSignalId,
    representativeWording: t.representativeText, signalIds: t.memberIds, skus: t.skus,
    computedAt: t.computedAt.toISOString(), windowFrom: t.windowFrom.toISOString(),
  })) } satisfies ThemeList));
  return app;
}

/** /api/products/:sku/file: the product file. */
export function productFileRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/:sku/file', doc({
    summary: 'The product file: issues, signals, photos, batches and suppliers, actions, decisions, knowledge and the change history as one timeline',
    errors: ['product_not_found'],
  }), async (c) => c.json(presentProductFile(await getProductFile(ctx.db, c.req.param('sku')))));
  return app;
}
