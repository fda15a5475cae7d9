// The notifications table: one row per person told, read or not.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { choicesFor } from './preference-repository.js';

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
 * Stores the notifications as each person chose for the kind: not at all (both off), already read
 * (not in the app), or without an email (email off). A keyed notification already stored for its
 * person is not stored again. Returns how many were stored.
 */
export async function insertNotifications(db: Db, all: NewNotification[]): Promise<number> {
  const kinds = [...new Set(all.map((r) => r.kind))];
  const choices = new Map<string, { inApp: boolean; email: boolean }>();
  for (const kind of kinds)
    for (const [id, c] of await choicesFor(
      db,
      all.filter((r) => r.kind === kind).map((r) => r.userId),
      kind,
    ))
      choices.set(`${kind}:${id}`, c);
  const rows = all
    .map((r) => ({ ...r, choice: choices.get(`${r.kind}:${r.userId}`) ?? { inApp: true, email: true } }))
    .filter((r) => r.choice.inApp || r.choice.email);
  if (rows.length === 0) return 0;
  const r = await db
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
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
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
