import { presentPlaybook, type Playbook } from '../../playbooks/index.js';
import type { Issue as IssueView, Spike } from '../../../../contracts/issues.js';
import type { Recommendation } from '../../../../contracts/playbooks.js';
import type { IssueEvidence } from './issue-evidence.js';
import type { Issue } from './issue.js';
import type { Trend } from './trend.js';

export function presentSpike(s: Issue['spike']): Spike {
  return {
    flagged: Boolean(s?.flagged),
    at: s?.at ?? null,
    pValue: s?.pValue ?? null,
    reason: s?.reason ?? null,
    lastFlaggedAt: s?.lastFlaggedAt ?? null,
    episodes: (s?.episodes ?? []).map((e) => ({
      at: e.at,
      lastAt: e.lastAt,
      reason: e.reason,
      pValue: e.pValue,
      observed: e.observed,
      expected: e.expected,
      windowDays: e.windowDays,
      exposureAdjusted: e.exposureAdjusted,
    })),
  };
}

/** The playbook's recommendation as the issue carries it (the CLI contract's `playbook` shape, plus guidance). */
export function presentRecommendation(p: Playbook | null, matchedOn: string[]): Recommendation | null {
  if (!p) return null;
  const full = presentPlaybook(p);
  return { ...full, matchedOn };
}

export function presentIssue(i: Issue, playbook: Playbook | null) {
  return {
    id: i.id,
    key: i.key,
    issueType: i.issueType,
    sku: i.sku,
    batch: i.batch,
    route: i.route,
    market: i.market,
    status: i.status,
    statusReason: i.statusReason,
    signalCount: i.signalCount,
    reportCount: i.reportCount,
    channels: i.channelCounts,
    firstSeenAt: i.firstSeenAt?.toISOString() ?? null,
    lastSeenAt: i.lastSeenAt?.toISOString() ?? null,
    spike: presentSpike(i.spike),
    ownerTeam: i.ownerTeam,
    stage: i.stage,
    impactScope: i.impactScope,
    representativeWording: i.representativeText,
    hasMedia: i.hasMedia,
    automationInvolved: i.automationInvolved,
    playbook: presentRecommendation(playbook, i.playbookMatchedOn),
  } satisfies IssueView;
}

/** One issue as its page opens: the list's fields, its trend and its evidence (the actions module adds the work on it). */
export function presentIssueOverview(x: { issue: Issue; playbook: Playbook | null; trend: Trend; evidence: IssueEvidence }) {
  return {
    ...presentIssue(x.issue, x.playbook),
    trend: x.trend,
    evidence: {
      photos: x.evidence.photos,
      orders: x.evidence.orders.map((o) => ({ ...o, orderedAt: o.orderedAt.toISOString() })),
      batches: x.evidence.batches,
    },
  };
}
