import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../../platform/http/context.js';
import type { DB } from '../../../platform/db/schema.js';
import { runExclusive, tryJobLock } from '../../../platform/jobs.js';
import { appendEvents } from '../../../platform/events.js';
import { loadPlaybooks } from '../../playbooks/index.js';
import { type Assignment, assignSignals, resyncSignals } from './assign-signals.js';
import { checkSpikes } from './check-spikes.js';
import { getIssues, issuesDueForSpikeCheck, saveEmptyIssueSummary, saveIssueSummary } from './issue-repository.js';
import { issueAggregates, recentIssueTexts } from './issue-signal-repository.js';
import { addIsoDays as addDays, utcDayOf as dayOf } from '../../../lib/time/index.js';
import { summarizeIssue } from './summarize-issues.js';
import { refreshIssueStatuses } from './refresh-issue-status.js';

const TEXTS_PER_ISSUE = 150;
const JOB = 'issues-detect';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * After memberships changed: an `issue.opened` event for each new issue, and every touched
 * issue's summary recomputed from the membership table (an issue left with no signals keeps its
 * history with zero counts, and lists leave it out).
 */
async function summarize(db: Db, a: Assignment, now: Date, actor: string): Promise<void> {
  const ids = [...a.touched];
  const issues = await getIssues(db, ids);
  await appendEvents(
    db,
    issues
      .filter((i) => a.created.has(i.id))
      .map((i) => ({
        type: 'issue.opened',
        actor,
        at: now,
        subjectType: 'issue',
        subjectId: i.id,
        payload: { key: i.key, issueType: i.issueType, sku: i.sku, batch: i.batch, route: i.route, market: i.market },
      })),
  );
  await appendEvents(db, a.events);
  const playbooks = await loadPlaybooks(db);
  const aggregates = await issueAggregates(db, ids);
  const texts = await recentIssueTexts(db, ids, TEXTS_PER_ISSUE);
  for (const issue of issues) {
    const agg = aggregates.get(issue.id);
    if (agg) await saveIssueSummary(db, issue.id, summarizeIssue(issue, agg, texts.get(issue.id) ?? [], playbooks), now);
    else await saveEmptyIssueSummary(db, issue.id, now);
  }
}

/**
 * The `issues-detect` job: move the signals whose labels or scope changed, assign new signals to
 * issues, refresh the issues that changed, test every issue's untested days for spikes (plus the
 * batch and pre-sale rules), and recompute statuses. Runs under an advisory lock; every write is
 * keyed or recomputed from the membership table, so a second process — or a rerun after a crash
 * — cannot double count.
 */
export async function detectIssues(ctx: Pick<AppContext, 'db' | 'clock'>) {
  return runExclusive(ctx.db, ctx.clock, JOB, async (tx) => {
    const now = ctx.clock.now();
    const a = await resyncSignals(tx, now, 'job');
    await assignSignals(tx, now, a);
    await summarize(tx, a, now, 'job');
    const due = await issuesDueForSpikeCheck(tx, addDays(dayOf(now), -1));
    const examine = await getIssues(tx, [...new Set([...due, ...a.touched])]);
    const spikes = await checkSpikes(tx, examine, now, (i) => i.ownerTeam);
    const statusChanges = await refreshIssueStatuses(tx, [...new Set([...a.touched, ...spikes.changed, ...due])], {
      at: now,
      actor: 'job',
    });
    return {
      assigned: a.assigned,
      moved: a.moved,
      issuesTouched: a.touched.size,
      issuesChecked: spikes.checked,
      spikesFlagged: spikes.flagged,
      statusChanges,
    };
  });
}

/**
 * A label edit moves its signals between issues at once, in the edit's own transaction: counts,
 * wording and status follow before the agent looks at the issue page. The spike test goes back
 * to the days the signals joined on the next job run. If the job is running right now the
 * signals stay queued and that run or the next one moves them (`deferred`).
 */
export async function moveChangedSignals(
  tx: Transaction<DB>,
  signalIds: number[],
  opts: { at: Date; actor: string },
): Promise<{ moved: number; deferred: boolean }> {
  if (signalIds.length === 0) return { moved: 0, deferred: false };
  if (!(await tryJobLock(tx, JOB))) return { moved: 0, deferred: true };
  const a = await resyncSignals(tx, opts.at, opts.actor, { ids: signalIds });
  if (a.touched.size === 0) return { moved: 0, deferred: false };
  await summarize(tx, a, opts.at, opts.actor);
  await refreshIssueStatuses(tx, [...a.touched], opts);
  return { moved: a.moved, deferred: false };
}
