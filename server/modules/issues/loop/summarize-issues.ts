import type { Channel } from '../../../../contracts/signal.js';
import { matchPlaybook, type Playbook } from '../../playbooks/index.js';
import { maskPii } from '../../../lib/pii.js';
import { representativeWording } from '../themes/index.js';
import type { Issue, ImpactScope, IssueSummaryUpdate } from './issue.js';
import type { IssueAggregate } from './issue-signal-repository.js';

function top(counts: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [k, n] of Object.entries(counts)) if (best === null || n > counts[best]! || (n === counts[best] && k < best)) best = k;
  return best;
}

/** The narrowest thing one fix must reach; it decides who owns the issue and what a fix looks like. */
export function impactScope(issue: Pick<Issue, 'issueType' | 'sku' | 'batch' | 'route' | 'market'>, a: IssueAggregate): ImpactScope {
  const level: ImpactScope['level'] =
    issue.issueType === 'ai_wrong_answer'
      ? 'one_automated_answer'
      : issue.batch
        ? 'one_batch'
        : issue.route
          ? 'one_promise'
          : issue.market
            ? 'one_market'
            : a.reportCount <= 1
              ? 'one_order'
              : issue.sku === '*'
                ? 'store'
                : 'one_sku';
  return { level, orders: a.orders, customers: a.customers, batches: a.batches, markets: a.markets };
}

/**
 * An issue's summary from its signals: counts, channels, the stage most of them are at, the
 * matching playbook and its owner, and the representative wording (masked: it is shown in lists).
 */
export function summarizeIssue(
  issue: Issue,
  a: IssueAggregate,
  texts: { id: number; text: string }[],
  playbooks: readonly Playbook[],
): IssueSummaryUpdate {
  const stage = top(a.stages) as IssueSummaryUpdate['stage'];
  const match = matchPlaybook(
    {
      issueType: issue.issueType,
      stage,
      channels: Object.keys(a.channels) as Channel[],
      hasMedia: a.hasMedia,
      batch: issue.batch,
      automationInvolved: a.automationInvolved,
    },
    playbooks,
  );
  const rep = representativeWording(texts.map((t) => t.text));
  return {
    signalCount: a.signalCount,
    reportCount: a.reportCount,
    channelCounts: a.channels,
    firstSeenAt: a.firstSeenAt,
    lastSeenAt: a.lastSeenAt,
    stage,
    hasMedia: a.hasMedia,
    automationInvolved: a.automationInvolved,
    ownerTeam: match?.playbook.writeBack[0]?.ownerTeam ?? top(a.owners),
    playbookId: match?.playbook.id ?? null,
    playbookMatchedOn: match?.matchedOn ?? [],
    representativeSignalId: rep ? texts[rep.index]!.id : null,
    representativeText: rep ? maskPii(rep.text) : null,
    impactScope: impactScope(issue, a),
  };
}
