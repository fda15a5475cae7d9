import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { appendEvents, type EventInput } from '../../../platform/events.js';
import { type IssueFacts, nextIssueStatus, type WorkStatus } from '../status/next-issue-status.js';
import type { Issue } from './issue.js';
import { getIssues, saveIssueStatus, saveIssueWork } from './issue-repository.js';

type Db = Kysely<DB> | Transaction<DB>;

/** An issue counts as alarming for this many days after its last spike or rule flag. */
export const ALARM_DAYS = 7;

export function alarming(lastFlaggedAt: string | null, now: Date): boolean {
  if (!lastFlaggedAt) return false;
  const since = new Date(now.getTime() - ALARM_DAYS * 86_400_000).toISOString().slice(0, 10);
  return lastFlaggedAt >= since;
}

/** What the status rules read about an issue: its own row, with the work the actions module last reported. */
export function issueFacts(issue: Issue, at: Date): IssueFacts {
  return {
    current: issue.status,
    signalCount: issue.signalCount,
    flagged: alarming(issue.spike?.lastFlaggedAt ?? null, at),
    actions: issue.work.map((status) => ({ status })),
    praise: issue.issueType === 'praise',
  };
}

/**
 * Recomputes each issue's status from its facts (signals, alarm, the work on it) with
 * nextIssueStatus. This is the one writer of issues.status besides the owner's close and
 * reopen, so the detect job, an action change and a verdict all land on the same answer; a
 * change is an `issue.status_changed` event.
 */
export async function refreshIssueStatuses(db: Db, ids: number[], opts: { at: Date; actor: string }): Promise<number> {
  const issues = await getIssues(db, ids);
  const events: EventInput[] = [];
  for (const issue of issues) {
    const next = nextIssueStatus(issueFacts(issue, opts.at));
    if (next.status === issue.status) continue;
    await saveIssueStatus(db, issue.id, next.status, next.why, opts.at);
    events.push({
      type: 'issue.status_changed',
      actor: opts.actor,
      at: opts.at,
      subjectType: 'issue',
      subjectId: issue.id,
      payload: { from: issue.status, to: next.status, why: next.why, sku: issue.sku, issueType: issue.issueType },
    });
  }
  await appendEvents(db, events);
  return events.length;
}

/**
 * The work on an issue changed (an action proposed, moved, or judged by its verdict): the actions
 * module reports the statuses of all the issue's actions, in its own transaction, and the issue
 * keeps them and recomputes its status. A later stage calling an earlier one, never the reverse.
 */
export async function refreshIssueWork(
  db: Db,
  issueId: number,
  work: readonly WorkStatus[],
  opts: { at: Date; actor: string },
): Promise<number> {
  // The update holds the row until the transaction ends, so a concurrent close reads the new work.
  await saveIssueWork(db, issueId, work);
  return refreshIssueStatuses(db, [issueId], opts);
}
