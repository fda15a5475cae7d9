/** What the issue page derives from GET /api/issues/:id: the trend with its alarm days, the verdict in words, the close reasons. */
import type { Verdict } from '../../../../contracts/actions.js';
import type { IssueDetail, IssueStatus, Spike } from '../../../../contracts/issues.js';
import type { CloseReason } from '../../shared/vocab.js';

export interface SeriesPoint {
  day: string;
  count: number;
  spike: boolean;
}

/** Days an alarm covered: each spike episode from its first to its last flagged day. */
export function spikeDays(spike: Spike): (day: string) => boolean {
  const ranges: [string, string][] = spike.episodes.map((e) => [e.at.slice(0, 10), e.lastAt.slice(0, 10)]);
  const last = spike.lastFlaggedAt?.slice(0, 10);
  if (last && !ranges.some(([a, b]) => last >= a && last <= b)) ranges.push([last, last]);
  return (day) => ranges.some(([a, b]) => day >= a && day <= b);
}

/** The trend's days, each marked when an alarm covered it. */
export function trendSeries(issue: Pick<IssueDetail, 'trend' | 'spike'>): SeriesPoint[] {
  const inSpike = spikeDays(issue.spike);
  return issue.trend.days.map((d) => ({ day: d.day, count: d.count, spike: inSpike(d.day) }));
}

/** The verdict in one plain sentence with its numbers; never more than the data hold. */
export function verdictSentence(v: Verdict): string {
  const pct = (x: number | null) => (x === null ? '?' : `${(x * 100).toFixed(x < 0.01 ? 2 : 1)}%`);
  const head =
    v.result === 'shrinking'
      ? 'Shrinking'
      : v.result === 'growing'
        ? 'Growing'
        : v.result === 'no_change'
          ? 'No clear change'
          : 'Too little data to tell';
  const ratio =
    v.ratio === null
      ? ''
      : ` rate ratio ${v.ratio.toFixed(2)}${v.ciLow !== null && v.ciHigh !== null ? ` (95% CI ${v.ciLow.toFixed(2)}–${v.ciHigh.toFixed(2)})` : ''}`;
  const counts = `: ${v.eventsBefore} signals / ${v.exposureBefore} ${v.mode === 'share' ? 'SKU signals' : 'orders'} before (${pct(v.rateBefore)}) vs ${v.eventsAfter} / ${v.exposureAfter} after (${pct(v.rateAfter)})`;
  return `${head}${counts}${ratio ? `;${ratio}` : ''}.`;
}

/**
 * The close reasons the server accepts from an issue's status (canCloseIssue): `resolved` only
 * after a verdict; `not_a_real_issue` and `duplicate` also before anyone acted. None while work
 * is planned or a fix awaits its verdict, nor on a closed issue. The server still refuses an
 * alarming issue (flagged in the last 7 days); the page shows its message.
 */
export function closeReasonsFor(status: IssueStatus): CloseReason[] {
  if (status === 'verified_shrinking' || status === 'not_shrinking') return ['resolved', 'not_a_real_issue', 'duplicate'];
  if (status === 'watching' || status === 'needs_action' || status === 'praise') return ['not_a_real_issue', 'duplicate'];
  return [];
}
