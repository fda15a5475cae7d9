import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { appendEvents, type EventInput } from '../../../platform/events.js';
import { nextIssueStatus } from '../rules/index.js';
import { actionsForIssues, getIssueFacts, saveIssueStatus } from './action-repository.js';

/** An issue counts as alarming for this many days after its last spike or rule flag. */
export const ALARM_DAYS = 7;

export function alarming(lastFlaggedAt: string | null, now: Date): boolean {
  if (!lastFlaggedAt) return false;
  const since = new Date(now.getTime() - ALARM_DAYS * 86_400_000).toISOString().slice(0, 10);
  return lastFlaggedAt >= since;
}

/**
 * Recomputes each issue's status from its facts (signals, alarm, actions) with nextIssueStatus.
 * This is the one writer of issues.status, so the detect job, an action change and a verdict all
 * land on the same answer; a change is an `issue.status_changed` event.
 */
export async function refreshIssueStatuses(db: Kysely<DB> | Transaction<DB>, ids: number[], opts: { at: Date; actor: string }): Promise<number> {
  const facts = await getIssueFacts(db, ids);
  const actions = await actionsForIssues(db, ids);
  const events: EventInput[] = [];
  for (const f of facts) {
    const next = nextIssueStatus({
      current: f.status, signalCount: f.signalCount, flagged: alarming(f.lastFlaggedAt, opts.at),
      actions: actions.filter((a) => a.issueId === f.id).map((a) => ({ status: a.status })),
    });
    if (next.status === f.status) continue;
    await saveIssueStatus(db, f.id, next.status, next.why, opts.at);
    events.push({ type: 'issue.status_changed', actor: opts.actor, at: opts.at, subjectType: 'issue', subjectId: f.id,
      payload: { from: f.status, to: next.status, why: next.why, sku: f.sku, issueType: f.issueType } });
  }
  await appendEvents(db, events);
  return events.length;
}
