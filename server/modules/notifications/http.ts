// The notifications module's doors, mounted at /api/notifications: the signed-in person's
// notifications (the bell), marking one read, and the outgoing notification webhooks.
import { Hono, type Context } from 'hono';
import { AppError } from '../../platform/errors.js';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import {
  deliveryQuery,
  digestInput,
  myWebhookInput,
  type MyWebhook,
  webhookPatchInput,
  type DeliveryList,
  type DigestSetting,
  preferencesInput,
  webhookInput,
  type NotificationPreferences,
  type NotificationList,
  type NotificationWebhookList,
  type NotificationWebhookView,
} from '../../../contracts/notifications.js';
import { callerOf } from '../people/index.js';
import { listNotifications } from './list-notifications.js';
import { markRead } from './notification-repository.js';
import {
  listDeliveries,
  listNotificationWebhooks,
  myWebhook,
  registerWebhook,
  removeMyWebhook,
  setMyWebhook,
  removeWebhook,
  retryWebhookDelivery,
  setWebhookEnabled,
} from './register-webhook.js';
import { digestSettingOf, saveDigestSetting } from './digest-repository.js';
import { notificationError } from './errors.js';
import { preferencesOf, savePreferences } from './preference-repository.js';

/** The signed-in person's id; preferences belong to a person. */
function me(c: Context): number {
  const caller = callerOf(c);
  if (caller.kind !== 'user') throw new AppError('forbidden', 'this needs a signed-in person');
  return caller.user.id;
}

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
    '/preferences',
    doc({
      summary: 'My choice per kind of notification: in the app, by email, through my own webhook (all on unless changed)',
      errors: ['forbidden'],
      responses: { 200: '{ items: [{ kind, inApp, email, webhook }] }' },
    }),
    async (c) => c.json((await preferencesOf(ctx.db, me(c))) satisfies NotificationPreferences),
  );
  app.put(
    '/preferences',
    doc({
      summary: 'Change my choice for some kinds of notification (the kinds not named stay as they were)',
      body: preferencesInput,
      errors: ['forbidden'],
      responses: { 200: '{ items: [{ kind, inApp, email }] }' },
    }),
    async (c) => {
      const { items } = parseInput(preferencesInput, await c.req.json().catch(() => null));
      const userId = me(c);
      await savePreferences(ctx.db, userId, items);
      return c.json((await preferencesOf(ctx.db, userId)) satisfies NotificationPreferences);
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
  app.get(
    '/digest',
    doc({
      summary: 'My daily digest by email: on or off (off unless turned on) and the hour, in the store time zone',
      errors: ['forbidden'],
      responses: { 200: '{ enabled, hour, timeZone }' },
    }),
    async (c) => c.json({ ...(await digestSettingOf(ctx.db, me(c))), timeZone: ctx.config.timeZone } satisfies DigestSetting),
  );
  app.put(
    '/digest',
    doc({
      summary: 'Turn my daily digest on or off and choose its hour (0–23, store time zone); sent over WRITEBACK_SMTP_URL',
      body: digestInput,
      errors: ['forbidden'],
      responses: { 200: '{ enabled, hour, timeZone }' },
    }),
    async (c) => {
      const input = parseInput(digestInput, await c.req.json().catch(() => null));
      const userId = me(c);
      await saveDigestSetting(ctx.db, userId, input);
      return c.json({ ...(await digestSettingOf(ctx.db, userId)), timeZone: ctx.config.timeZone } satisfies DigestSetting);
    },
  );
  app.get(
    '/my-webhook',
    doc({
      summary: 'My own notification webhook (my notifications of the kinds I chose "by webhook"), with its last deliveries',
      errors: ['forbidden'],
      responses: { 200: '{ webhook: { id, url, format, deliveries, failed, retrying } | null }' },
    }),
    async (c) => c.json({ webhook: await myWebhook(ctx, me(c)) } satisfies MyWebhook),
  );
  app.put(
    '/my-webhook',
    doc({
      summary: 'Set my own notification webhook (replaces the one I had); Slack-compatible by default, signed like the others',
      body: myWebhookInput,
      errors: ['forbidden'],
      responses: { 200: '{ webhook }' },
    }),
    async (c) => {
      const input = parseInput(myWebhookInput, await c.req.json().catch(() => null));
      return c.json({ webhook: await setMyWebhook(ctx, me(c), input) } satisfies MyWebhook);
    },
  );
  app.delete(
    '/my-webhook',
    doc({ summary: 'Remove my own notification webhook', errors: ['forbidden', 'webhook_not_found'], responses: { 204: 'removed' } }),
    async (c) => {
      await removeMyWebhook(ctx, me(c));
      return c.body(null, 204);
    },
  );
  app.patch(
    '/webhooks/:id{[0-9]{1,9}}',
    doc({
      summary: 'Disable or enable a notification webhook (a disabled one is kept, queues nothing and sends nothing)',
      body: webhookPatchInput,
      errors: ['webhook_not_found'],
      responses: { 200: '{ id, url, events, enabled, failed, retrying, deliveries }' },
    }),
    async (c) => {
      const { enabled } = parseInput(webhookPatchInput, await c.req.json().catch(() => null));
      return c.json((await setWebhookEnabled(ctx, Number(c.req.param('id')), enabled)) satisfies NotificationWebhookView);
    },
  );
  app.delete(
    '/webhooks/:id{[0-9]{1,9}}',
    doc({ summary: 'Delete a notification webhook and its deliveries', errors: ['webhook_not_found'], responses: { 204: 'deleted' } }),
    async (c) => {
      await removeWebhook(ctx, Number(c.req.param('id')));
      return c.body(null, 204);
    },
  );
  app.get(
    '/webhooks/:id{[0-9]{1,9}}/deliveries',
    doc({
      summary: "A webhook's deliveries, newest first (state: queued, retrying, sent or failed); paged with before=nextBefore",
      query: deliveryQuery,
      errors: ['webhook_not_found'],
      responses: { 200: '{ items: [{ id, eventType, state, attempts, lastStatus, lastError, createdAt, sentAt }], nextBefore }' },
    }),
    async (c) => {
      const q = parseInput(deliveryQuery, c.req.query());
      return c.json((await listDeliveries(ctx, Number(c.req.param('id')), q)) satisfies DeliveryList);
    },
  );
  app.post(
    '/webhooks/deliveries/:id{[0-9]{1,9}}/retry',
    doc({
      summary: 'Try a failed or waiting delivery again at once (its attempts start over)',
      errors: ['delivery_not_retryable'],
      responses: { 200: '{ ok: true }' },
    }),
    async (c) => {
      await retryWebhookDelivery(ctx, Number(c.req.param('id')));
      return c.json({ ok: true });
    },
  );
  return app;
}
