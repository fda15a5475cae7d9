// The open case a review belongs to: the issue it would join (issues' findOpenIssue) and whether
// an action on it is checking a batch (actions' hasOpenBatchAction); without an issue, other open
// signals about the same SKU and batch.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { hasOpenBatchAction } from '../actions/index.js';
import { findOpenIssue } from '../issues/index.js';
import { countOpenSimilarSignals } from '../signals/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface LinkedCase {
  source: 'issues' | 'signals' | 'none';
  openIssueId?: string;
  /** True only when a stored issue or action says a batch is being checked; signals alone never claim it. */
  openBatchCheck: boolean;
  /** Other open signals with the same SKU (and batch, when known) sharing an issue type. */
  similarOpenSignals: number;
}

export interface CaseKey {
  signalId: number;
  sku: string | null;
  batch: string | null;
  issueTypes: string[];
}

export async function findLinkedCase(db: Db, key: CaseKey): Promise<LinkedCase> {
  const similar =
    key.sku && key.issueTypes.length > 0
      ? await countOpenSimilarSignals(db, { excludeId: key.signalId, sku: key.sku, batch: key.batch, issueTypes: key.issueTypes })
      : 0;
  const issue = key.sku ? await findOpenIssue(db, { sku: key.sku, batch: key.batch, issueTypes: key.issueTypes }) : null;
  if (!issue) return { source: similar > 0 ? 'signals' : 'none', openBatchCheck: false, similarOpenSignals: similar };
  const openBatchCheck = issue.batchScoped || (await hasOpenBatchAction(db, issue.id));
  return { source: 'issues', openIssueId: String(issue.id), openBatchCheck, similarOpenSignals: similar };
}
