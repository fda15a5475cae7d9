import type { AppContext } from '../../platform/http/context.js';
import type { NotificationWebhookList, NotificationWebhookView } from '../../../contracts/notifications.js';
import { insertWebhook, listWebhooks, recentDeliveries } from './webhook-repository.js';

/** Registers an outgoing notification webhook; its secret is kept to sign, never shown again. */
export async function registerWebhook(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { url: string; events: string[]; secret: string; format: 'generic' | 'slack' },
): Promise<NotificationWebhookView> {
  const w = await insertWebhook(ctx.db, { ...input, at: ctx.clock.now() });
  return { id: w.id, url: w.url, events: w.events, format: w.format, createdAt: w.createdAt.toISOString(), deliveries: [] };
}

/** The webhooks with their last ten deliveries each. */
export async function listNotificationWebhooks(ctx: Pick<AppContext, 'db'>): Promise<NotificationWebhookList> {
  const hooks = await listWebhooks(ctx.db);
  const deliveries = await recentDeliveries(
    ctx.db,
    hooks.map((h) => h.id),
    10,
  );
  return {
    items: hooks.map((h) => ({
      id: h.id,
      url: h.url,
      events: h.events,
      format: h.format,
      createdAt: h.createdAt.toISOString(),
      deliveries: deliveries
        .filter((d) => d.webhook_id === h.id)
        .map((d) => ({
          id: d.id,
          eventType: d.event_type,
          state: d.state as 'queued' | 'retrying' | 'sent',
          attempts: d.attempts,
          lastStatus: d.last_status,
          lastError: d.last_error,
          createdAt: d.created_at.toISOString(),
          sentAt: d.sent_at ? d.sent_at.toISOString() : null,
        })),
    })),
  };
}
