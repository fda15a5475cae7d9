// The reviews module's doors, mounted at /api: the review response decision, moderation honesty,
// and review requests (settings and list).
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { dateQuery } from '../../platform/http/query.js';
import { getReviewResponse } from './get-review-response.js';
import { getModerationReport } from './get-moderation-report.js';
import { reviewRequestSettingsPatch } from './review-request-settings.js';
import { saveReviewRequestSettings } from './save-review-request-settings.js';
import { listRequests, loadReviewRequestSettings } from './review-request-repository.js';
import { presentReviewRequest } from './present-review-request.js';

const responseQuery = z.object({ officialChannel: z.string().trim().min(1).max(200).optional() });
const moderationQuery = z.object({ sku: z.string().max(100).optional(), from: dateQuery.optional(), to: dateQuery.optional() });
const requestsQuery = z.object({
  state: z.enum(['scheduled', 'suppressed', 'queued', 'sent']).optional(), orderId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50), cursor: z.string().regex(/^\d+$/).optional(),
});

export function reviewRoutes(ctx: AppContext) {
  const app = new Hono();

  app.get('/signals/:id{[0-9]+}/review-response', async (c) => {
    const q = parseInput(responseQuery, c.req.query());
    return c.json(await getReviewResponse(ctx.db, Number(c.req.param('id')), q));
  });

  app.get('/reviews/moderation', async (c) => c.json(await getModerationReport(ctx.db, parseInput(moderationQuery, c.req.query()))));

  app.get('/review-requests/settings', async (c) => c.json(await loadReviewRequestSettings(ctx.db)));
  app.put('/review-requests/settings', async (c) => {
    const body = parseInput(reviewRequestSettingsPatch, await c.req.json().catch(() => null));
    return c.json(await saveReviewRequestSettings(ctx, body));
  });

  app.get('/review-requests', async (c) => {
    const q = parseInput(requestsQuery, c.req.query());
    const items = await listRequests(ctx.db, { state: q.state, orderId: q.orderId, limit: q.limit, afterId: q.cursor ? Number(q.cursor) : undefined });
    return c.json({ items: items.map(presentReviewRequest), nextCursor: items.length === q.limit ? String(items.at(-1)!.id) : null });
  });
  return app;
}
