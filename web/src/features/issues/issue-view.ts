/** Reads GET /api/issues/:id into what the issue page draws; anything absent is drawn as "not yet". */
import type { CloseReason } from '../../shared/vocab.js';

export interface SeriesPoint { day: string; count: number; expected: number | null; spike: boolean; exposure: number | null }
export interface Verdict {
  result: string; rateBefore: number | null; rateAfter: number | null; ratio: number | null; ciLow: number | null; ciHigh: number | null;
  pValue?: number | null; eventsBefore: number | null; eventsAfter: number | null; exposureBefore: number | null; exposureAfter: number | null;
  mode?: string; method?: string; explanation?: string; windowDays?: number | null; changeAt?: string | null;
}
export interface ActionView {
  id: number; location: string; change: string; ownerTeam: string | null; owner: string | null; status: string; dueAt: string | null;
  reviewDate: string | null; metric: string | null; verdict: Verdict | null; doneAt?: string | null;
}
export interface DecisionView { id: number; type: string; decidedBy: string; decidedAt: string; note: string | null }
export interface PlaybookView {
  id?: string; title?: string; hiddenRisk?: string; firstReply?: string;
  writeBack?: { location: string; change: string; ownerTeam: string }[]; blockedMoves?: { code: string; reason: string }[];
  reviewMetrics?: { metric: string; goal: string; description: string }[]; reviewWindowDays?: number;
}
export interface IssueView {
  id: number; issueType: string; sku: string; batch: string | null; route: string | null; market: string | null; status: string;
  statusReason: string | null; signalCount: number; channelCounts: Record<string, number>; firstSeenAt: string | null; lastSeenAt: string | null;
  ownerTeam: string | null; representativeText: string | null; representativeSignalId: number | null; impactScope: Record<string, unknown>;
  spike: Record<string, unknown> | null; series: SeriesPoint[]; playbook: PlaybookView | null; actions: ActionView[]; decisions: DecisionView[];
  wordings: { signalId: number | null; text: string }[]; gallery: { kind: string; url: string; signalId: number | null }[];
  orders: Record<string, unknown>[]; batches: Record<string, unknown>[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? v as Obj : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function readSeries(v: unknown, spikeDay: (day: string) => boolean): SeriesPoint[] {
  return arr(v).map((p) => {
    const o = obj(p);
    const day = (str(o.day) ?? str(o.date) ?? '').slice(0, 10);
    return { day, count: num(o.count) ?? 0, expected: num(o.expected), spike: o.spike === true || spikeDay(day), exposure: num(o.exposure) };
  }).filter((p) => p.day);
}

/** Days an alarm covered: each spike episode from its first to its last flagged day. */
export function spikeDays(spike: Obj | null): (day: string) => boolean {
  const ranges = arr(spike?.episodes).map((e) => {
    const from = (str(obj(e).at) ?? '').slice(0, 10);
    return [from, (str(obj(e).lastAt) ?? from).slice(0, 10)] as const;
  }).filter(([a]) => a);
  const last = str(spike?.lastFlaggedAt)?.slice(0, 10);
  if (last && !ranges.some(([a, b]) => last >= a && last <= b)) ranges.push([last, last]);
  return (day) => ranges.some(([a, b]) => day >= a && day <= b);
}

/** GET /api/issues/:id (server/modules/issues/loop/present-issue.ts presentIssueDetail). */
export function readIssue(raw: unknown): IssueView {
  const i = obj(raw);
  const spike = Object.keys(obj(i.spike)).length ? obj(i.spike) : null;
  const evidence = obj(i.evidence);
  return {
    id: num(i.id) ?? 0, issueType: str(i.issueType) ?? '', sku: str(i.sku) ?? '', batch: str(i.batch), route: str(i.route), market: str(i.market),
    status: str(i.status) ?? '', statusReason: str(i.statusReason), signalCount: num(i.signalCount) ?? 0,
    channelCounts: obj(i.channels ?? i.channelCounts) as Record<string, number>,
    firstSeenAt: str(i.firstSeenAt), lastSeenAt: str(i.lastSeenAt), ownerTeam: str(i.ownerTeam),
    representativeText: str(i.representativeWording) ?? str(i.representativeText), representativeSignalId: num(i.representativeSignalId),
    impactScope: obj(i.impactScope), spike,
    series: readSeries(obj(i.trend).days ?? i.series, spikeDays(spike)),
    playbook: Object.keys(obj(i.playbook)).length ? obj(i.playbook) as PlaybookView : null,
    actions: arr(i.actions) as ActionView[], decisions: arr(i.decisions) as DecisionView[], wordings: [],
    gallery: arr(evidence.photos).map((g) => ({ kind: str(obj(g).kind) ?? 'photo', url: str(obj(g).url) ?? '', signalId: num(obj(g).signalId) })).filter((g) => g.url),
    orders: arr(evidence.orders).map((o) => obj(o)), batches: arr(evidence.batches).map((b) => obj(b)),
  };
}

/** The verdict in one plain sentence with its numbers; never more than the data hold. */
export function verdictSentence(v: Verdict): string {
  const pct = (x: number | null) => (x === null ? '?' : `${(x * 100).toFixed(x < 0.01 ? 2 : 1)}%`);
  const head = v.result === 'shrinking' ? 'Shrinking' : v.result === 'growing' ? 'Growing' : v.result === 'no_change' ? 'No clear change' : v.result === 'too_little_data' ? 'Too little data to tell' : v.result.replace(/_/g, ' ');
  const ratio = v.ratio === null ? '' : ` rate ratio ${v.ratio.toFixed(2)}${v.ciLow !== null && v.ciHigh !== null ? ` (95% CI ${v.ciLow.toFixed(2)}–${v.ciHigh.toFixed(2)})` : ''}`;
  const counts = v.eventsBefore !== null && v.eventsAfter !== null
    ? `: ${v.eventsBefore} signals / ${v.exposureBefore ?? '?'} ${v.mode === 'share' ? 'SKU signals' : 'orders'} before (${pct(v.rateBefore)}) vs ${v.eventsAfter} / ${v.exposureAfter ?? '?'} after (${pct(v.rateAfter)})`
    : '';
  return `${head}${counts}${ratio ? `;${ratio}` : ''}.`;
}

/**
 * The close reasons the server accepts from an issue's status (canCloseIssue): `resolved` only
 * after a verdict; `not_a_real_issue` and `duplicate` also before anyone acted. None while work
 * is planned or a fix awaits its verdict, nor on a closed issue. The server still refuses an
 * alarming issue (flagged in the last 7 days); the page shows its message.
 */
export function closeReasonsFor(status: string): CloseReason[] {
  if (status === 'verified_shrinking' || status === 'not_shrinking') return ['resolved', 'not_a_real_issue', 'duplicate'];
  if (status === 'watching' || status === 'needs_action') return ['not_a_real_issue', 'duplicate'];
  return [];
}
