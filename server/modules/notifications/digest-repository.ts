// Each person's daily digest: their setting (off unless turned on; the hour in the store's time
// zone) and one row per person and local day, claimed by insert so a day's digest is sent once
// however many processes run.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export const DEFAULT_DIGEST_HOUR = 8;

export async function digestSettingOf(db: Db, userId: number): Promise<{ enabled: boolean; hour: number }> {
  const r = await db
    .selectFrom('notification_digest_settings')
    .select(['enabled', 'hour'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return r ?? { enabled: false, hour: DEFAULT_DIGEST_HOUR };
}

export async function saveDigestSetting(db: Db, userId: number, s: { enabled: boolean; hour: number }): Promise<void> {
  await db
    .insertInto('notification_digest_settings')
    .values({ user_id: userId, enabled: s.enabled, hour: s.hour })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ enabled: s.enabled, hour: s.hour }))
    .execute();
}

/** People who turned the digest on and whose hour has come (hour ≤ `localHour`). */
export async function digestsDueAt(db: Db, localHour: number): Promise<number[]> {
  const rows = await db
    .selectFrom('notification_digest_settings')
    .select('user_id')
    .where('enabled', '=', true)
    .where('hour', '<=', localHour)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Claims the day's digest of each person: a new row, or one left `retrying` whose wait is over.
 * Returns the people this call claimed, with the attempt number.
 */
export async function claimDigests(
  db: Db,
  userIds: number[],
  day: string,
  now: Date,
  maxAttempts: number,
): Promise<{ userId: number; attempts: number }[]> {
  if (userIds.length === 0) return [];
  const fresh = await db
    .insertInto('notification_digests')
    .values(userIds.map((u) => ({ user_id: u, day, state: 'sending', attempts: 1, created_at: now })))
    .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
    .returning(['user_id', 'attempts'])
    .execute();
  const again = await db
    .updateTable('notification_digests')
    .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1) }))
    .where('day', '=', day)
    .where('user_id', 'in', userIds)
    .where('state', '=', 'retrying')
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('next_at', 'is', null), eb('next_at', '<=', now)]))
    .returning(['user_id', 'attempts'])
    .execute();
  return [...fresh, ...again].map((r) => ({ userId: r.user_id, attempts: r.attempts }));
}

export async function markDigest(
  db: Db,
  userId: number,
  day: string,
  o: { state: 'sent' | 'empty' | 'retrying' | 'failed'; error?: string | null; at: Date; nextAt?: Date },
): Promise<void> {
  await db
    .updateTable('notification_digests')
    .set({ state: o.state, error: o.error ?? null, next_at: o.nextAt ?? null, ...(o.state === 'sent' ? { sent_at: o.at } : {}) })
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .execute();
}

/** The person's notifications created in [from, to), oldest first, and how many of all theirs are unread. */
export async function notificationsBetween(db: Db, userId: number, from: Date, to: Date) {
  return db
    .selectFrom('notifications')
    .select(['kind', 'title', 'subject_type', 'subject_id', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('id')
    .limit(200)
    .execute();
}
