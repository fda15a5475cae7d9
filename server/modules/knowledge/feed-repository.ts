import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { StoredEvent } from '../../platform/events.js';

/** What support needs to hear about: answers back, fixes that went live or were judged, knowledge changes. */
export const FEED_EVENT_TYPES = [
  'decision.recorded',
  'action.done',
  'action.verified',
  'action.failed',
  'action.reviewed',
  'knowledge.updated',
  'playbook.updated',
] as const;

export async function feedEvents(db: Kysely<DB>, f: { limit: number; cursor?: number; sku?: string }): Promise<StoredEvent[]> {
  let q = db
    .selectFrom('events')
    .selectAll()
    .where('type', 'in', [...FEED_EVENT_TYPES])
    .orderBy('id', 'desc')
    .limit(f.limit);
  if (f.cursor !== undefined) q = q.where('id', '<', f.cursor);
  if (f.sku) q = q.where(sql<boolean>`payload->>'sku' = ${f.sku}`);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    type: r.type,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    payload: r.payload,
  }));
}
