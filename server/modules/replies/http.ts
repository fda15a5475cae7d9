// The replies module's doors, mounted at /api: a signal's replies (list, record) and the live check
// behind the reply editor.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import { pastDateTime } from '../../../contracts/input.js';
import type { ReplyCheck } from '../../../contracts/reviews.js';
import type { ReplyList, ReplyRecorded } from '../../../contracts/signals.js';
import { recordReply, listReplies } from './record-reply.js';
import { checkReplyText } from './check-reply-text.js';

const replyBody = z
  .object({
    text: z.string().min(1).max(10_000),
    author: z.string().min(1).max(200).default('agent'),
    public: z.boolean().default(false),
    byAutomation: z.boolean().default(false),
    at: pastDateTime().optional(),
    overrideReason: z.string().min(3).max(1000).optional(),
  })
  .strict();
const checkBody = z
  .object({
    text: z.string().max(10_000),
    public: z.boolean(),
    signalId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export function replyRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/signals/:id{[0-9]{1,15}}/replies',
    doc({ summary: 'The reply history of a signal', errors: ['signal_not_found'], responses: { 200: '{ items }' } }),
    async (c) => c.json({ items: await listReplies(ctx, Number(c.req.param('id'))) } satisfies ReplyList),
  );
  app.post(
    '/signals/:id{[0-9]{1,15}}/replies',
    doc({
      summary: 'Record a reply; the guardrails run first and the SLA is re-evaluated',
      description:
        'A blocking guardrail finding refuses the reply (422 reply_blocked, with the spans in details) unless overrideReason is given, which is recorded.',
      body: replyBody,
      responses: { 201: 'the stored reply' },
      errors: ['signal_not_found', 'reply_blocked'],
    }),
    async (c) => {
      const body = parseInput(replyBody, await c.req.json().catch(() => null));
      return c.json(
        (await recordReply(ctx, Number(c.req.param('id')), { ...body, author: actorName(body.author) })) satisfies ReplyRecorded,
        201,
      );
    },
  );
  app.post(
    '/replies/check',
    doc({
      summary: "Check a reply's text against the guardrails (the editor's live highlighting)",
      body: checkBody,
      responses: { 200: '{ findings: [{ code, start, end, reason, blocking }], blocking }' },
    }),
    async (c) => {
      const body = parseInput(checkBody, await c.req.json().catch(() => null));
      return c.json((await checkReplyText(ctx.db, body)) satisfies ReplyCheck);
    },
  );
  return app;
}
