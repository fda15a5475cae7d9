import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { StoredDecision } from './action.js';
import { listDecisionRows } from './action-repository.js';

/** Decisions across every issue, newest first: what owners answered back, for lists like Today. */
export async function listDecisions(db: Kysely<DB>, f: { type?: string; limit: number }): Promise<StoredDecision[]> {
  return listDecisionRows(db, f);
}
