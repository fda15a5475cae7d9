// The reviews module's doors, mounted at /api: the review response decision, moderation honesty,
// and review requests (settings and list).
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import { dateQuery, idText } from '../../platform/http/query.js';
import { getReviewResponse } from './get-review-response.js';
import { getModerationReport } from './get-moderation-report.js';
import { reviewRequestSettingsPatch } from './review-request-settings.js';
import { saveReviewRequestSettings } from './save-review-request-settings.js';
import { listRequests, loadReviewRequestSettings } from './review-request-repository.js';
import { presentReviewRequest } from './present-review-request.js';
import type { ModerationReport, ReviewRequestPage, ReviewRequestSettings, ReviewResponse } from '../../../contracts/reviews.js';

const responseQuery = z.object({ officialChannel: z.string().trim().min(1).max(200).optional() });
const moderationQuery = z.object({ sku: z.string().max(100).optional(), from: dateQuery.optional(), to: dateQuery.optional() });
const requestsQuery = z.object({
  state: z.enum(['scheduled', 'suppressed', 'queued', 'sent']).optional(),
  orderId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: idText.optional(),
});

export function reviewRoutes(ctx: AppContext) {
  const app = new Hono();

  app.get(
    '/signals/:id{[0-9]{1,15}}/review-response',
    doc({
      summary: 'The review response decision for a review signal',
      description:
        "Evidence to gather (the order's carrier scans included), a public reply draft, the private action, the write-back location, the blocked move, the review metric, the linked case and the draft's live guardrail findings. officialChannel names the support contact.",
      query: responseQuery,
      errors: ['signal_not_found'],
    }),
    async (c) => {
      const q = parseInput(responseQuery, c.req.query());
      return c.json((await getReviewResponse(ctx.db, Number(c.req.param('id')), q)) satisfies ReviewResponse);
    },
  );

  app.get(
    '/reviews/moderation',
    doc({ summary: 'Hidden vs published reviews by rating, with the suppression-risk flag and its rule', query: moderationQuery }),
    async (c) => c.json((await getModerationReport(ctx.db, parseInput(moderationQuery, c.req.query()))) satisfies ModerationReport),
  );

  app.get('/review-requests/settings', doc({ summary: 'Review-request delay, look-back, incentive wording and webhook URL' }), async (c) =>
    c.json((await loadReviewRequestSettings(ctx.db)) satisfies ReviewRequestSettings),
  );
  app.put(
    '/review-requests/settings',
    doc({
      summary: 'Change review-request settings; an incentive wording with guardrail findings is refused',
      body: reviewRequestSettingsPatch,
      errors: ['incentive_wording_rejected'],
    }),
    async (c) => {
      const body = parseInput(reviewRequestSettingsPatch, await c.req.json().catch(() => null));
      return c.json((await saveReviewRequestSettings(ctx, body)) satisfies ReviewRequestSettings);
    },
  );

  app.get(
    '/review-requests',
    doc({ summary: 'Review requests with their state', query: requestsQuery, responses: { 200: '{ items, nextCursor }' } }),
    async (c) => {
      const q = parseInput(requestsQuery, c.req.query());
      const items = await listRequests(ctx.db, {
        state: q.state,
        orderId: q.orderId,
        limit: q.limit,
        afterId: q.cursor ? Number(q.cursor) : undefined,
      });
      return c.json({
        items: items.map(presentReviewRequest),
        nextCursor: items.length === q.limit ? String(items.at(-1)!.id) : null,
      } satisfies ReviewRequestPage);
    },
  );
  return app;
}
