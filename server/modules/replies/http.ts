// The replies module's doors, mounted at /api: a signal's replies (list, record) and the live check
// behind the reply editor.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { recordReply, listReplies } from './record-reply.js';
import { checkReplyText } from './check-reply-text.js';

const replyBody = z.object({
  text: z.string().min(1).max(10_000), author: z.string().min(1).max(200).default('agent'), public: z.boolean().default(false),
  byAutomation: z.boolean().default(false), at: z.iso.datetime({ offset: true }).optional(), overrideReason: z.string().min(3).max(1000).optional(),
}).strict();
const checkBody = z.object({ text: z.string().max(10_000), public: z.boolean(), signalId: z.number().int().positive().optional() }).strict();

export function replyRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/signals/:id{[0-9]+}/replies', async (c) => c.json({ items: await listReplies(ctx, Number(c.req.param('id'))) }));
  app.post('/signals/:id{[0-9]+}/replies', async (c) => {
    const body = parseInput(replyBody, await c.req.json().catch(() => null));
    return c.json(await recordReply(ctx, Number(c.req.param('id')), body), 201);
  });
  app.post('/replies/check', async (c) => {
    const body = parseInput(checkBody, await c.req.json().catch(() => null));
    return c.json(await checkReplyText(ctx.db, body));
  });
  return app;
}
