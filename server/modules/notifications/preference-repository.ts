// Each person's choice per kind: in the app, by email. No row means both.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { NOTIFICATION_KINDS, type NotificationPreferences } from '../../../contracts/notifications.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function preferencesOf(db: Db, userId: number): Promise<NotificationPreferences> {
  const rows = await db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).execute();
  return {
    items: NOTIFICATION_KINDS.map((kind) => {
      const r = rows.find((x) => x.kind === kind);
      return { kind, inApp: r?.in_app ?? true, email: r?.email ?? true };
    }),
  };
}

export async function savePreferences(db: Db, userId: number, items: NotificationPreferences['items']): Promise<void> {
  for (const i of items)
    await db
      .insertInto('notification_preferences')
      .values({ user_id: userId, kind: i.kind, in_app: i.inApp, email: i.email })
      .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ in_app: i.inApp, email: i.email }))
      .execute();
}

/** The choices of these people for one kind, by user id (missing: both on). */
export async function choicesFor(db: Db, userIds: number[], kind: string): Promise<Map<number, { inApp: boolean; email: boolean }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('kind', '=', kind)
    .where('user_id', 'in', userIds)
    .execute();
  return new Map(rows.map((r) => [r.user_id, { inApp: r.in_app, email: r.email }]));
}
