import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { refreshIssueWork } from '../../issues/index.js';
import { actionsForIssues } from './action-repository.js';

/**
 * Tells the issues module what the work on each issue now is (the statuses of all its actions),
 * in the action change's own transaction, so the issue's status follows at once.
 */
export async function reportIssueWork(
  db: Kysely<DB> | Transaction<DB>,
  issueIds: Iterable<number>,
  opts: { at: Date; actor: string },
): Promise<number> {
  const ids = [...new Set(issueIds)].sort((a, b) => a - b);
  const actions = await actionsForIssues(db, ids);
  let changed = 0;
  for (const id of ids) {
    changed += await refreshIssueWork(
      db,
      id,
      actions.filter((a) => a.issueId === id).map((a) => a.status),
      opts,
    );
  }
  return changed;
}
