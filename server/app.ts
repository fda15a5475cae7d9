import { Hono } from 'hono';
import { registerSubscribers } from './subscribers.js';
import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from './platform/http/context.js';
import { AppError } from './platform/errors.js';
import { httpStatus, type ErrorCode } from './http-errors.js';
import { signalRoutes } from './modules/signals/index.js';
import { orderRoutes } from './modules/orders/index.js';
import { productRoutes } from './modules/products/index.js';
import { triageRoutes } from './modules/triage/index.js';
import { slaRoutes, slaStates, inSlaState } from './modules/sla/index.js';
import { replyRoutes } from './modules/replies/index.js';
import { reviewRoutes } from './modules/reviews/index.js';
import { ugcRoutes } from './modules/ugc/index.js';
import { playbookRoutes } from './modules/playbooks/index.js';
import { actionRoutes, feedRoutes, issueActionRoutes, knowledgeRoutes } from './modules/actions/index.js';
import { issueRoutes, productFileRoutes, themeRoutes } from './modules/issues/index.js';
import { reportRoutes } from './modules/reports/index.js';

export interface AppOptions { version?: string; engine?: string; web?: Hono }

export function createApp(ctx: AppContext, opts: AppOptions = {}) {
  registerSubscribers();
  const app = new Hono();

  // Structured request log: method, path (no query string: it can carry customer words), status, ms.
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    ctx.logger.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - start) });
  });

  app.use('/api/*', async (c, next) => {
    const token = ctx.config.adminToken;
    if (token && !bearerMatches(c.req.header('authorization'), token)) {
      throw new AppError('unauthorized', 'this server needs an Authorization: Bearer token (WRITEBACK_ADMIN_TOKEN)');
    }
    await next();
  });

  app.onError((err, c) => {
    if (err instanceof AppError) {
      const status = httpStatus(err.code as ErrorCode) ?? 500;
      return c.json({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } }, status);
    }
    ctx.logger.error('unhandled', { error: String((err as Error).message ?? err) });
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });

  app.get('/api/health', async (c) => {
    await ctx.db.selectFrom('events').select('id').limit(1).execute();
    return c.json({ ok: true, engine: opts.engine ?? 'unknown', version: opts.version ?? '0.0.0', time: ctx.clock.now().toISOString() });
  });
  app.route('/api/signals', signalRoutes(ctx, { slaStates, inSlaState }));
  app.route('/api/orders', orderRoutes(ctx));
  app.route('/api/products', productRoutes(ctx));
  app.route('/api/products', productFileRoutes(ctx)); // /:sku/file
  app.route('/api/issues', issueRoutes(ctx));
  app.route('/api/issues', issueActionRoutes(ctx)); // /:id/actions, /:id/decisions
  app.route('/api/actions', actionRoutes(ctx));
  app.route('/api/playbooks', playbookRoutes(ctx));
  app.route('/api/themes', themeRoutes(ctx));
  app.route('/api/knowledge', knowledgeRoutes(ctx));
  app.route('/api/feed', feedRoutes(ctx));
  app.route('/api/triage', triageRoutes(ctx));
  app.route('/api/sla', slaRoutes(ctx));
  app.route('/api/ugc', ugcRoutes(ctx));
  app.route('/api/reports', reportRoutes(ctx));
  app.route('/api', replyRoutes(ctx)); // /signals/:id/replies, /replies/check
  app.route('/api', reviewRoutes(ctx)); // /signals/:id/review-response, /reviews/*, /review-requests
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  if (opts.web) app.route('/', opts.web);
  return app;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer (.+)$/.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
