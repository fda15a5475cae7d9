import type { AppContext } from '../../platform/http/context.js';
import type { DeliveryList, DeliveryView, NotificationWebhookList, NotificationWebhookView } from '../../../contracts/notifications.js';
import { notificationError } from './errors.js';
import {
  deleteWebhook,
  deliveriesOf,
  deliveryCounts,
  insertWebhook,
  listWebhooks,
  personalWebhookId,
  personalWebhooks,
  putPersonalWebhook,
  recentDeliveries,
  retryDelivery,
  setWebhookDisabled,
} from './webhook-repository.js';

/** Registers an outgoing notification webhook; its secret is kept to sign, never shown again. */
export async function registerWebhook(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { url: string; events: string[]; secret: string; format: 'generic' | 'slack' },
): Promise<NotificationWebhookView> {
  const w = await insertWebhook(ctx.db, { ...input, at: ctx.clock.now() });
  return {
    id: w.id,
    url: w.url,
    events: w.events,
    format: w.format,
    createdAt: w.createdAt.toISOString(),
    enabled: true,
    failed: 0,
    retrying: 0,
    deliveries: [],
  };
}

type DeliveryRow = Awaited<ReturnType<typeof deliveriesOf>>[number];
const presentDelivery = (d: DeliveryRow): DeliveryView => ({
  id: d.id,
  eventType: d.event_type,
  state: d.state as DeliveryView['state'],
  attempts: d.attempts,
  lastStatus: d.last_status,
  lastError: d.last_error,
  createdAt: d.created_at.toISOString(),
  sentAt: d.sent_at ? d.sent_at.toISOString() : null,
});

/** The webhooks with their last ten deliveries each and their failure counts. */
export async function listNotificationWebhooks(ctx: Pick<AppContext, 'db'>): Promise<NotificationWebhookList> {
  const hooks = await listWebhooks(ctx.db);
  const deliveries = await recentDeliveries(
    ctx.db,
    hooks.map((h) => h.id),
    10,
  );
  const counts = await deliveryCounts(ctx.db);
  return {
    items: hooks.map((h) => ({
      id: h.id,
      url: h.url,
      events: h.events,
      format: h.format,
      createdAt: h.createdAt.toISOString(),
      enabled: h.disabledAt === null,
      failed: counts.get(h.id)?.failed ?? 0,
      retrying: counts.get(h.id)?.retrying ?? 0,
      deliveries: deliveries.filter((d) => d.webhook_id === h.id).map(presentDelivery),
    })),
  };
}

async function viewOf(ctx: Pick<AppContext, 'db'>, id: number): Promise<NotificationWebhookView> {
  const w = (await listNotificationWebhooks(ctx)).items.find((h) => h.id === id);
  if (!w) throw notificationError('webhook_not_found', `no notification webhook ${id}`);
  return w;
}

export async function setWebhookEnabled(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  id: number,
  enabled: boolean,
): Promise<NotificationWebhookView> {
  if (!(await setWebhookDisabled(ctx.db, id, enabled ? null : ctx.clock.now())))
    throw notificationError('webhook_not_found', `no notification webhook ${id}`);
  return viewOf(ctx, id);
}

export async function removeWebhook(ctx: Pick<AppContext, 'db'>, id: number): Promise<void> {
  if (!(await deleteWebhook(ctx.db, id))) throw notificationError('webhook_not_found', `no notification webhook ${id}`);
}

export async function listDeliveries(
  ctx: Pick<AppContext, 'db'>,
  id: number,
  q: { state?: string; limit: number; before?: number },
): Promise<DeliveryList> {
  await viewOf(ctx, id);
  const rows = await deliveriesOf(ctx.db, id, q);
  return { items: rows.map(presentDelivery), nextBefore: rows.length === q.limit ? rows[rows.length - 1]!.id : null };
}

export async function retryWebhookDelivery(ctx: Pick<AppContext, 'db' | 'clock'>, id: number): Promise<void> {
  if (!(await retryDelivery(ctx.db, id, ctx.clock.now())))
    throw notificationError('delivery_not_retryable', `delivery ${id} is not waiting or failed (sent ones are not sent again)`);
}

/** The signed-in person's own webhook, with its last ten deliveries; null when they have none. */
export async function myWebhook(ctx: Pick<AppContext, 'db'>, userId: number): Promise<NotificationWebhookView | null> {
  // A person's own webhook is never disabled: they replace or delete it.
  const w = (await personalWebhooks(ctx.db, [userId])).get(userId);
  if (!w) return null;
  const id = w.id;
  const counts = (await deliveryCounts(ctx.db)).get(id);
  return {
    id,
    url: w.url,
    events: [],
    format: w.format,
    createdAt: w.createdAt.toISOString(),
    enabled: true,
    failed: counts?.failed ?? 0,
    retrying: counts?.retrying ?? 0,
    deliveries: (await recentDeliveries(ctx.db, [id], 10)).map(presentDelivery),
  };
}

export async function setMyWebhook(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  userId: number,
  input: { url: string; secret: string; format: 'generic' | 'slack' },
): Promise<NotificationWebhookView> {
  await ctx.db.transaction().execute((tx) => putPersonalWebhook(tx, userId, { ...input, at: ctx.clock.now() }));
  return (await myWebhook(ctx, userId))!;
}

export async function removeMyWebhook(ctx: Pick<AppContext, 'db'>, userId: number): Promise<void> {
  const id = await personalWebhookId(ctx.db, userId);
  if (id === null || !(await deleteWebhook(ctx.db, id, userId)))
    throw notificationError('webhook_not_found', 'you have no webhook of your own');
}
