import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { appendEvents } from '../../../platform/events.js';
import type { Action } from './action.js';
import { insertAction } from './action-repository.js';
import { defaultMetric, loadIssueWithPlaybook } from './load-issue.js';
import { measureBaseline } from './measure-rate.js';
import { reportIssueWork } from './report-work.js';

export interface DoneActionInput {
  issueId: number;
  location: string;
  change: string;
  ownerTeam: string;
  doneAt: Date;
  reviewWindowDays: number;
  /** Makes the import idempotent: a second load with the same ref adds nothing. */
  sourceRef: string;
  actor: string;
  now: Date;
}

/**
 * Records a fix that was already made before Writeback knew of it (an import, the demo's
 * history): stored as done at its real date with the baseline measured at that date, so its
 * review window closes like any other.
 */
export async function recordDoneAction(db: Kysely<DB> | Transaction<DB>, input: DoneActionInput): Promise<Action | null> {
  const { issue, playbook } = await loadIssueWithPlaybook(db, input.issueId);
  const metric = defaultMetric(playbook);
  const baseline = await measureBaseline(db, issue, input.doneAt, input.reviewWindowDays, metric);
  const action = await insertAction(db, {
    issueId: input.issueId,
    location: input.location,
    change: input.change,
    ownerTeam: input.ownerTeam,
    owner: null,
    status: 'done',
    dueAt: null,
    reviewDate: new Date(input.doneAt.getTime() + input.reviewWindowDays * 86_400_000),
    reviewWindowDays: input.reviewWindowDays,
    metric,
    baseline,
    kinds: [],
    automates: [],
    details: { imported: true },
    doneAt: input.doneAt,
    sourceRef: input.sourceRef,
    createdBy: input.actor,
    at: input.now,
  });
  if (!action) return null;
  await appendEvents(db, [
    {
      type: 'action.done',
      actor: input.actor,
      at: input.now,
      subjectType: 'action',
      subjectId: action.id,
      payload: {
        issueId: input.issueId,
        sku: issue.sku,
        issueType: issue.issueType,
        from: 'proposed',
        to: 'done',
        location: action.location,
        change: action.change,
        ownerTeam: action.ownerTeam,
        baseline,
        doneAt: input.doneAt.toISOString(),
        imported: true,
      },
    },
  ]);
  await reportIssueWork(db, [input.issueId], { at: input.now, actor: input.actor });
  return action;
}
