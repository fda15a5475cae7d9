import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Each signal's assignee (null: unassigned); signals not found are left out. */
export async function signalAssignees(db: Db, ids: number[]): Promise<Map<number, number | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('signals').select(['id', 'assignee_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [Number(r.id), r.assignee_id]));
}
