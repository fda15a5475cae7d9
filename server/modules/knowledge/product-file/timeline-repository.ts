import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { StoredEvent } from '../../../platform/events.js';

const TIMELINE_TYPES = [
  'product.created',
  'product.updated',
  'action.proposed',
  'action.accepted',
  'action.in_progress',
  'action.done',
  'action.verified',
  'action.failed',
  'action.cancelled',
  'action.reviewed',
  'decision.recorded',
  'knowledge.updated',
  'issue.spike_flagged',
];

/** The SKU's change history: page and product changes, actions, decisions, knowledge edits and alarms. */
export async function skuTimeline(db: Kysely<DB>, sku: string, limit: number): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('type', 'in', TIMELINE_TYPES)
    .where((eb) =>
      eb.or([eb.and([eb('subject_type', '=', 'product'), eb('subject_id', '=', sku)]), sql<boolean>`payload->>'sku' = ${sku}`]),
    )
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
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
