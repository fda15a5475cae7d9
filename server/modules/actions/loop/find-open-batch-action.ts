import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { ActionStatus } from '../rules/index.js';

const OPEN: ActionStatus[] = ['proposed', 'accepted', 'in_progress'];
const BATCH_WORDS = /\b(batch|lote|QA|quality check)\b/i;

/** Does the issue have an action under way that checks a batch (its location or change says so)? */
export async function hasOpenBatchAction(db: Kysely<DB> | Transaction<DB>, issueId: number): Promise<boolean> {
  const rows = await db
    .selectFrom('actions')
    .select(['location', 'change'])
    .where('issue_id', '=', issueId)
    .where('status', 'in', OPEN)
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.some((r) => BATCH_WORDS.test(r.location) || BATCH_WORDS.test(r.change));
}
