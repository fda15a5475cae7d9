// Notification webhooks and their delivery queue (claimed with a lease, as the review-request
// outbox is, so two workers never send one row at the same time).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface Webhook {
  id: number;
  url: string;
  events: string[];
  secret: string;
  format: 'generic' | 'slack';
  createdAt: Date;
  disabledAt: Date | null;
}

export async function insertWebhook(
  db: Db,
  w: { url: string; events: string[]; secret: string; format: 'generic' | 'slack'; at: Date },
): Promise<Webhook> {
  const r = await db
    .insertInto('notification_webhooks')
    .values({ url: w.url, events: JSON.stringify(w.events), secret: w.secret, format: w.format, created_at: w.at })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return { id: r.id, url: w.url, events: w.events, secret: w.secret, format: w.format, createdAt: w.at, disabledAt: null };
}

/** Every store-wide webhook (`enabledOnly`: those not disabled, the ones events are queued for); personal ones are apart. */
export async function listWebhooks(db: Db, o: { enabledOnly?: boolean } = {}): Promise<Webhook[]> {
  let q = db.selectFrom('notification_webhooks').selectAll().where('user_id', 'is', null).orderBy('id');
  if (o.enabledOnly) q = q.where('disabled_at', 'is', null);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    events: r.events,
    secret: r.secret,
    format: r.format === 'slack' ? ('slack' as const) : ('generic' as const),
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
  }));
}

/** Disables (at) or enables (null) a store-wide webhook; false when there is none with that id. */
export async function setWebhookDisabled(db: Db, id: number, at: Date | null): Promise<boolean> {
  const r = await db
    .updateTable('notification_webhooks')
    .set({ disabled_at: at })
    .where('id', '=', id)
    .where('user_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes a webhook and its deliveries (`userId`: only that person's own); false when there is none. */
export async function deleteWebhook(db: Db, id: number, userId: number | null = null): Promise<boolean> {
  const r = await db
    .deleteFrom('notification_webhooks')
    .where('id', '=', id)
    .where('user_id', userId === null ? 'is' : '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** These people's own webhooks (enabled), by user id. */
export async function personalWebhooks(db: Db, userIds: number[]): Promise<Map<number, Webhook>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_webhooks')
    .selectAll()
    .where('user_id', 'in', [...new Set(userIds)])
    .where('disabled_at', 'is', null)
    .execute();
  return new Map(
    rows.map((r) => [
      r.user_id!,
      {
        id: r.id,
        url: r.url,
        events: r.events,
        secret: r.secret,
        format: r.format === 'slack' ? ('slack' as const) : ('generic' as const),
        createdAt: r.created_at,
        disabledAt: r.disabled_at,
      },
    ]),
  );
}

/** Sets a person's own webhook (replacing the one they had, and its deliveries). */
export async function putPersonalWebhook(
  db: Db,
  userId: number,
  w: { url: string; secret: string; format: 'generic' | 'slack'; at: Date },
): Promise<number> {
  await db.deleteFrom('notification_webhooks').where('user_id', '=', userId).execute();
  const r = await db
    .insertInto('notification_webhooks')
    .values({ url: w.url, events: JSON.stringify([]), secret: w.secret, format: w.format, created_at: w.at, user_id: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** A person's own webhook row id, if they have one. */
export async function personalWebhookId(db: Db, userId: number): Promise<number | null> {
  const r = await db.selectFrom('notification_webhooks').select('id').where('user_id', '=', userId).executeTakeFirst();
  return r?.id ?? null;
}

export async function enqueueDeliveries(
  db: Db,
  rows: { webhookId: number; eventType: string; body: Record<string, unknown>; at: Date; key?: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notification_deliveries')
    .values(
      rows.map((r) => ({
        webhook_id: r.webhookId,
        event_type: r.eventType,
        body: JSON.stringify(r.body),
        next_attempt_at: r.at,
        created_at: r.at,
        key: r.key ?? null,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface ClaimedDelivery {
  id: number;
  webhookId: number;
  url: string;
  secret: string;
  format: string;
  eventType: string;
  body: Record<string, unknown>;
  attempts: number;
}

/** Takes up to `limit` due rows and leases them until `leaseUntil`; each claim counts as an attempt. */
export async function claimDeliveries(tx: Transaction<DB>, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  const due = await tx
    .selectFrom('notification_deliveries')
    .select('id')
    .where('state', 'in', ['queued', 'retrying'])
    .where('webhook_id', 'not in', (eb) => eb.selectFrom('notification_webhooks').select('id').where('disabled_at', 'is not', null))
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', now)]))
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (due.length === 0) return [];
  const ids = due.map((d) => d.id);
  await tx
    .updateTable('notification_deliveries')
    .set({ leased_until: leaseUntil, attempts: sql`attempts + 1` })
    .where('id', 'in', ids)
    .execute();
  const rows = await tx
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_webhooks as w', 'w.id', 'd.webhook_id')
    .select(['d.id', 'd.webhook_id', 'w.url', 'w.secret', 'w.format', 'd.event_type', 'd.body', 'd.attempts'])
    .where('d.id', 'in', ids)
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    webhookId: r.webhook_id,
    url: r.url,
    secret: r.secret,
    format: r.format,
    eventType: r.event_type,
    body: r.body,
    attempts: r.attempts,
  }));
}

export async function markDelivered(db: Db, id: number, status: number, at: Date): Promise<void> {
  await db
    .updateTable('notification_deliveries')
    .set({ state: 'sent', sent_at: at, leased_until: null, last_status: status, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: retried at `retryAt`, or given up (`failed`) when `retryAt` is null. */
export async function markDeliveryFailed(
  db: Db,
  id: number,
  error: string,
  retryAt: Date | null,
  status: number | null = null,
): Promise<void> {
  await db
    .updateTable('notification_deliveries')
    .set({
      state: retryAt ? 'retrying' : 'failed',
      leased_until: null,
      last_error: error,
      last_status: status,
      ...(retryAt ? { next_attempt_at: retryAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function recentDeliveries(db: Db, webhookIds: number[], perWebhook: number) {
  if (webhookIds.length === 0) return [];
  const rows = await db
    .selectFrom('notification_deliveries')
    .select(['id', 'webhook_id', 'event_type', 'state', 'attempts', 'last_status', 'last_error', 'created_at', 'sent_at'])
    .where('webhook_id', 'in', webhookIds)
    .orderBy('id', 'desc')
    .limit(perWebhook * webhookIds.length * 4)
    .execute();
  const seen = new Map<number, number>();
  return rows.filter((r) => {
    const n = seen.get(r.webhook_id) ?? 0;
    seen.set(r.webhook_id, n + 1);
    return n < perWebhook;
  });
}

/** One webhook's deliveries, newest first, optionally in one state, a page before an id. */
export async function deliveriesOf(db: Db, webhookId: number, o: { state?: string; limit: number; before?: number }) {
  let q = db
    .selectFrom('notification_deliveries')
    .select(['id', 'webhook_id', 'event_type', 'state', 'attempts', 'last_status', 'last_error', 'created_at', 'sent_at'])
    .where('webhook_id', '=', webhookId);
  if (o.state) q = q.where('state', '=', o.state);
  if (o.before) q = q.where('id', '<', o.before);
  return q.orderBy('id', 'desc').limit(o.limit).execute();
}

/** Per webhook: how many deliveries failed for good, and how many wait for a retry. */
export async function deliveryCounts(db: Db): Promise<Map<number, { failed: number; retrying: number }>> {
  const rows = await db
    .selectFrom('notification_deliveries')
    .select(['webhook_id', 'state', (eb) => eb.fn.countAll<string>().as('n')])
    .where('state', 'in', ['failed', 'retrying'])
    .groupBy(['webhook_id', 'state'])
    .execute();
  const out = new Map<number, { failed: number; retrying: number }>();
  for (const r of rows) {
    const c = out.get(r.webhook_id) ?? { failed: 0, retrying: 0 };
    if (r.state === 'failed') c.failed = Number(r.n);
    else c.retrying = Number(r.n);
    out.set(r.webhook_id, c);
  }
  return out;
}

/** A failed (or waiting) delivery is tried again at once; false when it is not there or already sent. */
export async function retryDelivery(db: Db, id: number, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('notification_deliveries')
    .set({ state: 'retrying', next_attempt_at: at, attempts: 0 })
    .where('id', '=', id)
    .where('state', 'in', ['failed', 'retrying'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
