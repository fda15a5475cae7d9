// The notifications table: one row per person told, read or not.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { choicesFor, type Choice } from './preference-repository.js';
import { enqueueDeliveries, personalWebhooks } from './webhook-repository.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface NewNotification {
  userId: number;
  kind: string;
  title: string;
  subjectType: string | null;
  subjectId: string | null;
  at: Date;
  /** The fact a job found (unique per person): a second insert with the same key is dropped. */
  key?: string;
}

/**
 * Stores the notifications as each person chose for the kind: not at all (all off), already read
 * (not in the app), without an email (email off); and queues a delivery to the person's own
 * webhook when they have one and did not turn it off. A keyed notification already stored for its
 * person is not stored (nor sent) again. Returns how many were stored.
 */
export async function insertNotifications(db: Db, all: NewNotification[]): Promise<number> {
  const kinds = [...new Set(all.map((r) => r.kind))];
  const choices = new Map<string, Choice>();
  for (const kind of kinds)
    for (const [id, c] of await choicesFor(
      db,
      all.filter((r) => r.kind === kind).map((r) => r.userId),
      kind,
    ))
      choices.set(`${kind}:${id}`, c);
  const hooks = await personalWebhooks(
    db,
    all.map((r) => r.userId),
  );
  const rows = all
    .map((r) => {
      const c = choices.get(`${r.kind}:${r.userId}`) ?? { inApp: true, email: true, webhook: true };
      // "By webhook" counts only for a person who has a webhook of their own.
      return { ...r, choice: { ...c, webhook: c.webhook && hooks.has(r.userId) } };
    })
    .filter((r) => r.choice.inApp || r.choice.email || r.choice.webhook);
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('notifications')
    .values(
      rows.map((r) => ({
        read_at: r.choice.inApp ? null : r.at,
        email_state: r.choice.email ? 'queued' : 'off',
        user_id: r.userId,
        kind: r.kind,
        title: r.title,
        subject_type: r.subjectType,
        subject_id: r.subjectId,
        created_at: r.at,
        key: r.key ?? null,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning(['id', 'user_id', 'kind', 'title', 'subject_type', 'subject_id', 'created_at'])
    .execute();
  const wanted = new Set(rows.filter((r) => r.choice.webhook).map((r) => `${r.kind}:${r.userId}`));
  const toHook = inserted.filter((n) => wanted.has(`${n.kind}:${n.user_id}`));
  if (toHook.length > 0) {
    await enqueueDeliveries(
      db,
      toHook.flatMap((n) => {
        const w = hooks.get(n.user_id);
        if (!w) return [];
        const data = { notificationId: n.id, kind: n.kind, subjectType: n.subject_type, subjectId: n.subject_id };
        return [
          {
            webhookId: w.id,
            eventType: `notification.${n.kind}`,
            key: `notification:${n.id}`,
            at: n.created_at,
            body:
              w.format === 'slack'
                ? { text: n.title }
                : { event: `notification.${n.kind}`, at: n.created_at.toISOString(), text: n.title, data },
          },
        ];
      }),
    );
  }
  return inserted.length;
}

export async function listForUser(db: Db, userId: number, limit: number) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'subject_type', 'subject_id', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Db, userId: number): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks one of the person's own notifications read; false when it is not theirs or not there. */
export async function markRead(db: Db, userId: number, id: number, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface DueEmail {
  id: number;
  userId: number;
  title: string;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
  attempts: number;
}

/** Claims up to `limit` notifications whose email is due, leased until `leaseUntil`; each claim counts as an attempt. */
export async function claimDueEmails(tx: Transaction<DB>, now: Date, leaseUntil: Date, limit: number): Promise<DueEmail[]> {
  const due = await tx
    .selectFrom('notifications')
    .select('id')
    .where('email_state', 'in', ['queued', 'retrying'])
    .where((eb) => eb.or([eb('email_next_at', 'is', null), eb('email_next_at', '<=', now)]))
    .where((eb) => eb.or([eb('email_leased_until', 'is', null), eb('email_leased_until', '<', now)]))
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (due.length === 0) return [];
  const rows = await tx
    .updateTable('notifications')
    .set((eb) => ({ email_leased_until: leaseUntil, email_attempts: eb('email_attempts', '+', 1) }))
    .where(
      'id',
      'in',
      due.map((d) => d.id),
    )
    .returning(['id', 'user_id', 'title', 'subject_type', 'subject_id', 'created_at', 'email_attempts'])
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      userId: r.user_id,
      title: r.title,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      createdAt: r.created_at,
      attempts: r.email_attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

export async function markEmail(
  db: Db,
  id: number,
  o: { state: 'sent' | 'retrying' | 'failed' | 'stale'; error: string | null; nextAt?: Date },
): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ email_state: o.state, email_error: o.error, email_leased_until: null, ...(o.nextAt ? { email_next_at: o.nextAt } : {}) })
    .where('id', '=', id)
    .execute();
}
