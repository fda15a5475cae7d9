import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { getIssues, type Issue } from '../../issues/index.js';
import { loadPlaybooks, type Playbook } from '../../playbooks/index.js';
import type { IssueFactsRow } from './action.js';

type Db = Kysely<DB> | Transaction<DB>;

const factsOf = (i: Issue): IssueFactsRow => ({
  id: i.id,
  issueType: i.issueType,
  sku: i.sku,
  batch: i.batch,
  route: i.route,
  market: i.market,
  status: i.status,
  signalCount: i.signalCount,
  playbookId: i.playbookId,
  lastFlaggedAt: i.spike?.lastFlaggedAt ?? null,
  representativeText: i.representativeText,
});

/** What actions and verdicts read about these issues, in id order; unknown ids are left out. */
export async function loadIssueFacts(db: Db, ids: number[]): Promise<IssueFactsRow[]> {
  return (await getIssues(db, ids)).map(factsOf);
}

/** The issue an action or decision is about, with the playbook it is routed to. */
export async function loadIssueWithPlaybook(db: Db, issueId: number): Promise<{ issue: IssueFactsRow; playbook: Playbook | null }> {
  const [issue] = await loadIssueFacts(db, [issueId]);
  if (!issue) throw new AppError('issue_not_found', `issue ${issueId} does not exist`);
  const playbook = issue.playbookId ? ((await loadPlaybooks(db)).find((p) => p.id === issue.playbookId) ?? null) : null;
  return { issue, playbook };
}

/** An issue is open for the blocked-move rules until its fix is verified or it is closed. */
export const issueOpen = (i: IssueFactsRow) => i.status !== 'verified_shrinking' && i.status !== 'closed';

/** The metric a playbook names first, or the plain rate every issue has. */
export const defaultMetric = (p: Playbook | null) => p?.reviewMetrics[0]?.metric ?? 'matching_signals_per_order';
