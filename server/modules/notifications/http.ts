// The notifications module's doors, mounted at /api/notifications: the signed-in person's
// notifications (the bell), marking one read, and the outgoing notification webhooks.
import { Hono } from 'hono';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import {
  webhookInput,
  type NotificationList,
  type NotificationWebhookList,
  type NotificationWebhookView,
} from '../../../contracts/notifications.js';
import { callerOf } from '../people/index.js';
import { listNotifications } from './list-notifications.js';
import { markRead } from './notification-repository.js';
import { listNotificationWebhooks, registerWebhook } from './register-webhook.js';
import { notificationError } from './errors.js';

export function notificationRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary: "The signed-in person's notifications, newest first, and the unread count (empty without a signed-in person)",
      responses: { 200: '{ items: [{ id, kind, title, subjectType, subjectId, createdAt, readAt }], unread }' },
    }),
    async (c) => {
      const caller = callerOf(c);
      if (caller.kind !== 'user') return c.json({ items: [], unread: 0 } satisfies NotificationList);
      return c.json((await listNotifications(ctx.db, caller.user.id)) satisfies NotificationList);
    },
  );
  app.post(
    '/:id{[0-9]{1,9}}/read',
    doc({ summary: 'Mark one of my notifications read', errors: ['notification_not_found'], responses: { 200: '{ items, unread }' } }),
    async (c) => {
      const caller = callerOf(c);
      const id = Number(c.req.param('id'));
      if (caller.kind !== 'user' || !(await markRead(ctx.db, caller.user.id, id, ctx.clock.now())))
        throw notificationError('notification_not_found', `no notification ${id} of yours`);
      return c.json((await listNotifications(ctx.db, caller.user.id)) satisfies NotificationList);
    },
  );
  app.get(
    '/webhooks',
    doc({
      summary: 'The outgoing notification webhooks and their last deliveries (never their secrets)',
      responses: { 200: '{ items: [{ id, url, events, createdAt, deliveries }] }' },
    }),
    async (c) => c.json((await listNotificationWebhooks(ctx)) satisfies NotificationWebhookList),
  );
  app.post(
    '/webhooks',
    doc({
      summary: 'Register an outgoing notification webhook',
      description:
        "Matching events are queued and POSTed as JSON signed with the secret: `X-Writeback-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, `X-Writeback-Timestamp` (unix seconds, also the body's sentAt); failures are retried with back-off. Loopback and private addresses are refused unless WRITEBACK_WEBHOOK_ALLOW_PRIVATE=on.",
      body: webhookInput,
      responses: { 201: '{ id, url, events, createdAt, deliveries }' },
    }),
    async (c) => {
      const input = parseInput(webhookInput, await c.req.json().catch(() => null));
      return c.json((await registerWebhook(ctx, input)) satisfies NotificationWebhookView, 201);
    },
  );
  return app;
}
