// The notifications job's place in the append-only event log (platform's `events`), and the
// events it reads from there.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export async function readCursor(tx: Transaction<DB>, name: string): Promise<number | null> {
  const r = await tx.selectFrom('notification_cursors').select('last_event_id').where('name', '=', name).executeTakeFirst();
  return r ? Number(r.last_event_id) : null;
}

export async function advanceCursor(tx: Transaction<DB>, name: string, lastEventId: number): Promise<void> {
  await tx
    .insertInto('notification_cursors')
    .values({ name, last_event_id: lastEventId })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_event_id: lastEventId }))
    .execute();
}

/** Events of these types after an id (or, with no cursor yet, since an instant), oldest first, at most `limit`. */
export async function eventsAfter(
  tx: Transaction<DB>,
  types: string[],
  from: { afterId: number } | { since: Date },
  limit = 5000,
): Promise<{ id: number; type: string; subjectId: string | null; payload: Record<string, unknown> }[]> {
  let q = tx.selectFrom('events').select(['id', 'type', 'subject_id', 'payload']).where('type', 'in', types);
  q = 'afterId' in from ? q.where('id', '>', from.afterId) : q.where('at', '>=', from.since);
  const rows = await q.orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: Number(r.id), type: r.type, subjectId: r.subject_id, payload: r.payload }));
}
