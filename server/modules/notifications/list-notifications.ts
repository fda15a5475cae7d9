import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { NotificationList } from '../../../contracts/notifications.js';
import { countUnread, listForUser } from './notification-repository.js';

/** The person's latest notifications, newest first, and how many are unread. */
export async function listNotifications(db: Kysely<DB>, userId: number, limit = 50): Promise<NotificationList> {
  const rows = await listForUser(db, userId, limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at ? r.read_at.toISOString() : null,
    })),
    unread: await countUnread(db, userId),
  };
}
