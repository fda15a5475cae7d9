// The open case a review belongs to: the issue it would join (issues' findOpenIssue) and whether
// an action on it is checking a batch (actions' hasOpenBatchAction); without an issue, other open
// signals about the same SKU and batch.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { hasOpenBatchAction } from '../actions/index.js';
import { findOpenIssue } from '../issues/index.js';

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
  const similar = await countSimilarOpenSignals(db, key);
  const issue = key.sku ? await findOpenIssue(db, { sku: key.sku, batch: key.batch, issueTypes: key.issueTypes }) : null;
  if (!issue) return { source: similar > 0 ? 'signals' : 'none', openBatchCheck: false, similarOpenSignals: similar };
  const openBatchCheck = issue.batchScoped || (await hasOpenBatchAction(db, issue.id));
  return { source: 'issues', openIssueId: String(issue.id), openBatchCheck, similarOpenSignals: similar };
}

async function countSimilarOpenSignals(db: Db, key: CaseKey): Promise<number> {
  if (!key.sku || key.issueTypes.length === 0) return 0;
  let q = db
    .selectFrom('signals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sku', '=', key.sku)
    .where('id', '<>', key.signalId)
    .where('status', '<>', 'resolved')
    .where(sql<boolean>`issue_types && ${key.issueTypes}::text[]`);
  if (key.batch) q = q.where('batch', '=', key.batch);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}
