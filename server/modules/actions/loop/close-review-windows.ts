import type { AppContext } from '../../../platform/http/context.js';
import { runExclusive } from '../../../platform/jobs.js';
import { appendEvents, type EventInput } from '../../../platform/events.js';
import { transition } from '../rules/index.js';
import { actionsDueForReview, saveActionState } from './action-repository.js';
import { loadIssueFacts } from './load-issue.js';
import { measureVerdict } from './measure-rate.js';
import { reportIssueWork } from './report-work.js';

/**
 * The `review-windows` job: for every done action whose review date has passed and whose
 * after-window orders have had their follow-up, compute the verdict and store it with its
 * numbers. Shrinking verifies the action; growing or no change fails it; too little data is
 * stored and left for the owner to judge (it is not proof of failure). Idempotent: an action
 * with a verdict is not reviewed again.
 */
export async function closeReviewWindows(ctx: Pick<AppContext, 'db' | 'clock'>) {
  return runExclusive(ctx.db, ctx.clock, 'review-windows', async (tx) => {
    const now = ctx.clock.now();
    const due = await actionsDueForReview(tx, now);
    const facts = new Map((await loadIssueFacts(tx, [...new Set(due.map((a) => a.issueId))])).map((f) => [f.id, f]));
    const events: EventInput[] = [];
    const touched = new Set<number>();
    const results: Record<string, number> = {};
    for (const a of due) {
      const issue = facts.get(a.issueId);
      if (!issue || !a.doneAt) continue;
      const verdict = await measureVerdict(tx, issue, a.doneAt, a.reviewWindowDays, now);
      if (!verdict) continue;
      results[verdict.result] = (results[verdict.result] ?? 0) + 1;
      const to = verdict.result === 'shrinking' ? 'verified' : verdict.result === 'too_little_data' ? null : 'failed';
      const r = to ? transition({ status: a.status, doneAt: a.doneAt, reviewDate: a.reviewDate }, to, { at: now, verdict }) : null;
      const status = r?.ok ? r.action.status : a.status;
      await saveActionState(tx, a.id, { status, verdict, reviewedAt: now, at: now });
      touched.add(a.issueId);
      events.push({
        type: r?.ok ? r.event.type : 'action.reviewed',
        actor: 'job',
        at: now,
        subjectType: 'action',
        subjectId: a.id,
        payload: {
          issueId: a.issueId,
          sku: issue.sku,
          issueType: issue.issueType,
          from: a.status,
          to: status,
          location: a.location,
          change: a.change,
          ownerTeam: a.ownerTeam,
          verdict,
        },
      });
    }
    await appendEvents(tx, events);
    await reportIssueWork(tx, touched, { at: now, actor: 'job' });
    return { reviewed: events.length, results };
  });
}
