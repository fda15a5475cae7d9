import type { Kysely, Transaction } from 'kysely';
import type { DB } from './db/schema.js';

/**
 * The append-only event log. Modules declare their own event types as a union of
 * { type, subjectType, subjectId, payload } and write them through here; reports and the
 * audit trail read them back.
 */
export interface EventInput<T extends string = string, P extends object = Record<string, unknown>> {
  type: T;
  actor: string;
  at: Date;
  subjectType?: string;
  subjectId?: string | number;
  payload?: P;
}

export async function appendEvents(db: Kysely<DB> | Transaction<DB>, events: EventInput[]): Promise<void> {
  if (events.length === 0) return;
  await db.insertInto('events').values(events.map((e) => ({
    at: e.at,
    actor: e.actor,
    type: e.type,
    subject_type: e.subjectType ?? null,
    subject_id: e.subjectId === undefined ? null : String(e.subjectId),
    payload: JSON.stringify(e.payload ?? {}),
  }))).execute();
}

export interface StoredEvent { id: number; at: Date; actor: string; type: string; subjectType: string | null; subjectId: string | null; payload: Record<string, unknown> }

export async function listEvents(db: Kysely<DB>, filter: { subjectType?: string; subjectId?: string; type?: string; limit?: number } = {}): Promise<StoredEvent[]> {
  let q = db.selectFrom('events').selectAll().orderBy('id', 'asc');
  if (filter.subjectType) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  if (filter.type) q = q.where('type', '=', filter.type);
  const rows = await q.limit(filter.limit ?? 500).execute();
  return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, type: r.type, subjectType: r.subject_type, subjectId: r.subject_id, payload: r.payload }));
}
