// Each person's choice per kind: in the app, by email, through their own webhook. No row means all three.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { NOTIFICATION_KINDS, type NotificationPreferences, type PreferenceChoice } from '../../../contracts/notifications.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface Choice {
  inApp: boolean;
  email: boolean;
  webhook: boolean;
}

export async function preferencesOf(db: Db, userId: number): Promise<NotificationPreferences> {
  const rows = await db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).execute();
  return {
    items: NOTIFICATION_KINDS.map((kind) => {
      const r = rows.find((x) => x.kind === kind);
      return { kind, inApp: r?.in_app ?? true, email: r?.email ?? true, webhook: r?.webhook ?? true };
    }),
  };
}

export async function savePreferences(db: Db, userId: number, items: PreferenceChoice[]): Promise<void> {
  for (const i of items)
    await db
      .insertInto('notification_preferences')
      .values({
        user_id: userId,
        kind: i.kind,
        in_app: i.inApp,
        email: i.email,
        ...(i.webhook === undefined ? {} : { webhook: i.webhook }),
      })
      .onConflict((oc) =>
        oc
          .columns(['user_id', 'kind'])
          .doUpdateSet({ in_app: i.inApp, email: i.email, ...(i.webhook === undefined ? {} : { webhook: i.webhook }) }),
      )
      .execute();
}

/** The choices of these people for one kind, by user id (missing: all on). */
export async function choicesFor(db: Db, userIds: number[], kind: string): Promise<Map<number, Choice>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('kind', '=', kind)
    .where('user_id', 'in', userIds)
    .execute();
  return new Map(rows.map((r) => [r.user_id, { inApp: r.in_app, email: r.email, webhook: r.webhook }]));
}
