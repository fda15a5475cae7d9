import type { Action as ActionView, BoardItem, Decision, Verdict } from '../../../../contracts/actions.js';
import type { ImpactScope } from '../../../../contracts/issues.js';
import type { Action, StoredDecision, StoredVerdict } from './action.js';
import type { IssueBoardFacts } from './board-repository.js';
import { alarming, presentIssueOverview } from '../../issues/index.js';

export function presentVerdict(v: StoredVerdict | null): Verdict | null {
  if (!v) return null;
  return {
    result: v.result,
    rateBefore: v.rateBefore,
    rateAfter: v.rateAfter,
    ratio: v.ratio,
    ciLow: v.ciLow,
    ciHigh: v.ciHigh,
    pValue: v.pValue,
    eventsBefore: v.eventsBefore,
    eventsAfter: v.eventsAfter,
    exposureBefore: v.exposureBefore,
    exposureAfter: v.exposureAfter,
    mode: v.mode,
    alpha: v.alpha,
    method: v.method,
    explanation: v.explanation,
    windowDays: v.windowDays,
    changeAt: v.changeAt,
    computedAt: v.computedAt,
  } satisfies Verdict;
}

export function presentAction(a: Action) {
  return {
    id: a.id,
    issueId: a.issueId,
    location: a.location,
    change: a.change,
    ownerTeam: a.ownerTeam,
    owner: a.owner,
    assigneeId: a.assigneeId,
    status: a.status,
    dueAt: a.dueAt?.toISOString() ?? null,
    reviewDate: a.reviewDate?.toISOString() ?? null,
    reviewWindowDays: a.reviewWindowDays,
    metric: a.metric,
    baseline: a.baseline,
    verdict: presentVerdict(a.verdict),
    kinds: a.kinds,
    automates: a.automates,
    doneAt: a.doneAt?.toISOString() ?? null,
    reviewedAt: a.reviewedAt?.toISOString() ?? null,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  } satisfies ActionView;
}

/** When the issue must go up a level, in words the board can show; null when nothing calls for it. */
function escalation(a: Action, f: IssueBoardFacts, now: Date): string | null {
  if (f.issueType === 'safety') return 'safety: product compliance answers at once';
  if (alarming(f.lastFlaggedAt, now)) return 'spiking: every new signal of this issue goes to a person';
  if ((f.sla.breached ?? 0) > 0) return `first-response SLA breached on ${f.sla.breached} signal(s): escalate to the team lead`;
  if (a.dueAt && a.dueAt < now && ['proposed', 'accepted', 'in_progress'].includes(a.status))
    return 'overdue: escalate to the owner team lead';
  return null;
}

/** The action board's row: the action and, beside it, why it exists and how urgent it is. */
export function presentBoardItem(a: Action, f: IssueBoardFacts | null, now: Date) {
  return {
    ...presentAction(a),
    issue: f
      ? {
          id: f.issueId,
          issueType: f.issueType,
          sku: f.sku,
          batch: f.batch,
          route: f.route,
          market: f.market,
          status: f.status,
          signalCount: f.signalCount,
          channels: f.channelCounts,
          impactScope: f.impactScope as ImpactScope | Record<string, never>,
          // Masked when the issues job stored it: lists never show raw customer text.
          customerWording: f.representativeText,
          evidence: { photos: f.photos, orders: f.orders },
          playbookId: f.playbookId,
          sla: f.sla,
          mustBeHuman: f.mustBeHuman,
          escalation: escalation(a, f, now),
          ownerTeam: f.ownerTeam,
        }
      : null,
  } satisfies BoardItem;
}

export function presentDecision(d: StoredDecision) {
  return {
    id: d.id,
    issueId: d.issueId,
    type: d.type,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt.toISOString(),
    note: d.note,
    details: d.details,
    createdAt: d.createdAt.toISOString(),
  } satisfies Decision;
}

/** One issue's page: the issue as the issues module presents it, then its actions, decisions and verdicts. */
export function presentIssueDetail(x: Parameters<typeof presentIssueOverview>[0] & { actions: Action[]; decisions: StoredDecision[] }) {
  return {
    ...presentIssueOverview(x),
    actions: x.actions.map(presentAction),
    decisions: x.decisions.map(presentDecision),
    verdicts: x.actions.filter((a) => a.verdict).map((a) => ({ actionId: a.id, ...presentAction(a).verdict! })),
  };
}
