import type { AppContext } from '../../../platform/http/context.js';
import { runExclusive } from '../../../platform/jobs.js';
import { appendEvents } from '../../../platform/events.js';
import { refreshIssueStatuses } from '../../actions/index.js';
import { loadPlaybooks } from '../../playbooks/index.js';
import { assignSignals } from './assign-signals.js';
import { checkSpikes } from './check-spikes.js';
import { getIssues, issuesDueForSpikeCheck, saveIssueSummary } from './issue-repository.js';
import { issueAggregates, recentIssueTexts } from './issue-signal-repository.js';
import { addDays, dayOf } from './spike-history.js';
import { summarizeIssue } from './summarize-issues.js';

const TEXTS_PER_ISSUE = 150;

/**
 * The `issues-detect` job: assign new signals to issues, refresh the issues that changed,
 * test every issue's untested days for spikes (plus the batch and pre-sale rules), and
 * recompute statuses. Runs under an advisory lock; every write is keyed or recomputed from the
 * membership table, so a second process — or a rerun after a crash — cannot double count.
 */
export async function detectIssues(ctx: Pick<AppContext, 'db' | 'clock'>) {
  return runExclusive(ctx.db, ctx.clock, 'issues-detect', async (tx) => {
    const now = ctx.clock.now();
    const playbooks = await loadPlaybooks(tx);
    const { touched, assigned } = await assignSignals(tx, now);
    const created = await getIssues(tx, [...touched]);
    await appendEvents(tx, created.filter((i) => i.signalCount === 0).map((i) => ({
      type: 'issue.opened', actor: 'job', at: now, subjectType: 'issue', subjectId: i.id,
      payload: { key: i.key, issueType: i.issueType, sku: i.sku, batch: i.batch, route: i.route, market: i.market },
    })));
    const aggregates = await issueAggregates(tx, [...touched]);
    const texts = await recentIssueTexts(tx, [...touched], TEXTS_PER_ISSUE);
    for (const issue of created) {
      const a = aggregates.get(issue.id);
      if (a) await saveIssueSummary(tx, issue.id, summarizeIssue(issue, a, texts.get(issue.id) ?? [], playbooks), now);
    }
    const due = await issuesDueForSpikeCheck(tx, addDays(dayOf(now), -1));
    const examine = await getIssues(tx, [...new Set([...due, ...touched])]);
    const spikes = await checkSpikes(tx, examine, now, (i) => i.ownerTeam);
    const statusChanges = await refreshIssueStatuses(tx, [...new Set([...touched, ...spikes.changed, ...due])], { at: now, actor: 'job' });
    return { assigned, issuesTouched: touched.size, issuesChecked: spikes.checked, spikesFlagged: spikes.flagged, statusChanges };
  });
}
