import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { IssueStatus } from '../status/next-issue-status.js';
import { openIssuesForSku } from './issue-repository.js';

/** Statuses in which nobody is working on the issue any more. */
const SETTLED: readonly IssueStatus[] = ['closed', 'verified_shrinking'];

export interface OpenIssueForCase {
  id: number;
  status: IssueStatus;
  batch: string | null;
  /** Someone acted on it (it is past `watching`) and it is keyed to this very batch: a batch check is under way. */
  batchScoped: boolean;
}

/**
 * The newest open issue a new signal about this SKU would belong to: one of its issue types, and
 * the same batch or none (an issue keyed to another batch is another case; one without a batch
 * covers every batch). For the review response's "is a case already open?".
 */
export async function findOpenIssue(
  db: Kysely<DB> | Transaction<DB>,
  key: { sku: string; batch: string | null; issueTypes: readonly string[] },
): Promise<OpenIssueForCase | null> {
  const match = (await openIssuesForSku(db, key.sku, 200)).find(
    (i) => !SETTLED.includes(i.status) && key.issueTypes.includes(i.issueType) && !(i.batch && key.batch && i.batch !== key.batch),
  );
  if (!match) return null;
  return {
    id: match.id,
    status: match.status,
    batch: match.batch,
    batchScoped: match.status !== 'watching' && !!match.batch && match.batch === key.batch,
  };
}
