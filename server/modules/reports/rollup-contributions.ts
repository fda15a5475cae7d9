/**
 * What one triaged signal adds to the report rollups, per time zone. Pure: the same definitions
 * are written once more in SQL (rollup-recount.ts) for backfills, and a property test keeps the
 * two equal, so a report never depends on which path counted a signal.
 */
import { dayIn } from '../../lib/time/index.js';

/** The stored facts about one signal that the rollups depend on. */
export interface RollupState {
  id: number;
  receivedAt: Date;
  triaged: boolean;
  sku: string | null;
  channel: string;
  stage: string | null;
  issueTypes: string[];
  sentimentLabel: string | null;
  mustBeHuman: boolean;
  handledBy: string;
  rating: number | null;
  /** The signal's own batch, else its order's. */
  batch: string | null;
  /** The linked order's shipping route. */
  route: string | null;
}

export const RISKS = ['refund_return', 'dispute', 'damage', 'delay', 'missing_wrong', 'negative_review', 'safety'] as const;
export type Risk = (typeof RISKS)[number];

export interface ThemeKey {
  zone: string;
  day: string;
  issueType: string;
  sku: string;
  stage: string;
}
export interface ChannelKey {
  zone: string;
  day: string;
  channel: string;
  stage: string;
}
export interface RiskKey {
  zone: string;
  day: string;
  risk: string;
  sku: string;
  batch: string;
  route: string;
}
export interface BatchKey {
  zone: string;
  day: string;
  issueType: string;
  sku: string;
  batch: string;
}

export interface ThemeCounts {
  signals: number;
  negative: number;
  mustBeHuman: number;
}
export interface ChannelCounts {
  signals: number;
  negative: number;
  negativeReviews: number;
  mustBeHuman: number;
  automationHandled: number;
  automationCrossed: number;
}

/** Net changes keyed by the row's primary key (joined with \u0000). */
export interface RollupDelta {
  themes: Map<string, { key: ThemeKey; counts: ThemeCounts }>;
  channels: Map<string, { key: ChannelKey; counts: ChannelCounts }>;
  risks: Map<string, { key: RiskKey; signals: number }>;
  batches: Map<string, { key: BatchKey; signals: number }>;
}

/** The weekly rollups' keys: `week` is the local ISO week's Monday (YYYY-MM-DD). */
export type WeeklyThemeKey = Omit<ThemeKey, 'day'> & { week: string };
export type WeeklyChannelKey = Omit<ChannelKey, 'day'> & { week: string };
/** One of three projections of a risk key; the columns a projection drops are ''. */
export type RiskProjection = 'sku' | 'sku_batch' | 'route';
export interface WeeklyRiskKey {
  zone: string;
  week: string;
  projection: RiskProjection;
  risk: string;
  sku: string;
  batch: string;
  route: string;
}

export interface WeeklyDelta {
  themes: Map<string, { key: WeeklyThemeKey; counts: ThemeCounts }>;
  channels: Map<string, { key: WeeklyChannelKey; counts: ChannelCounts }>;
  risks: Map<string, { key: WeeklyRiskKey; signals: number }>;
}

export function isNegativeReview(s: Pick<RollupState, 'channel' | 'rating' | 'sentimentLabel'>): boolean {
  if (s.channel !== 'review') return false;
  return s.rating !== null ? s.rating <= 2 : s.sentimentLabel === 'negative';
}

export function risksOf(s: Pick<RollupState, 'channel' | 'issueTypes' | 'rating' | 'sentimentLabel'>): Risk[] {
  const t = new Set(s.issueTypes);
  const out: Risk[] = [];
  if (s.channel === 'refund_reason' || s.channel === 'return_reason' || t.has('returns_refunds')) out.push('refund_return');
  if (s.channel === 'dispute' || s.channel === 'chargeback') out.push('dispute');
  if (t.has('damaged_in_transit') || t.has('defect')) out.push('damage');
  if (t.has('delivery_delay')) out.push('delay');
  if (t.has('missing_item') || t.has('wrong_item')) out.push('missing_wrong');
  if (isNegativeReview(s)) out.push('negative_review');
  if (t.has('safety')) out.push('safety');
  return out;
}

/** The Monday of the ISO week a calendar day (YYYY-MM-DD) falls in. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function emptyDelta(): RollupDelta {
  return { themes: new Map(), channels: new Map(), risks: new Map(), batches: new Map() };
}

const k = (...parts: string[]) => parts.join('\u0000');

/** Adds (sign +1) or removes (sign -1) one signal's contribution in every maintained zone. */
export function addContribution(delta: RollupDelta, s: RollupState, zones: readonly string[], sign: 1 | -1): void {
  if (!s.triaged) return;
  const sku = s.sku ?? '';
  const stage = s.stage ?? '';
  const negative = s.sentimentLabel === 'negative' ? sign : 0;
  const human = s.mustBeHuman ? sign : 0;
  const auto = s.handledBy === 'automation';
  const types = [...new Set(s.issueTypes)];
  const batch = s.batch ?? '';
  const route = s.route ?? '';
  const risks = risksOf(s);
  for (const zone of zones) {
    const day = dayIn(zone, s.receivedAt);
    for (const issueType of types) {
      const id = k(zone, day, issueType, sku, stage);
      const row =
        delta.themes.get(id) ??
        delta.themes.set(id, { key: { zone, day, issueType, sku, stage }, counts: { signals: 0, negative: 0, mustBeHuman: 0 } }).get(id)!;
      row.counts.signals += sign;
      row.counts.negative += negative;
      row.counts.mustBeHuman += human;
      if (batch) {
        const bid = k(zone, day, issueType, sku, batch);
        const b = delta.batches.get(bid) ?? delta.batches.set(bid, { key: { zone, day, issueType, sku, batch }, signals: 0 }).get(bid)!;
        b.signals += sign;
      }
    }
    const cid = k(zone, day, s.channel, stage);
    const c =
      delta.channels.get(cid) ??
      delta.channels
        .set(cid, {
          key: { zone, day, channel: s.channel, stage },
          counts: { signals: 0, negative: 0, negativeReviews: 0, mustBeHuman: 0, automationHandled: 0, automationCrossed: 0 },
        })
        .get(cid)!;
    c.counts.signals += sign;
    c.counts.negative += negative;
    c.counts.mustBeHuman += human;
    if (isNegativeReview(s)) c.counts.negativeReviews += sign;
    if (auto) c.counts.automationHandled += sign;
    if (auto && s.mustBeHuman) c.counts.automationCrossed += sign;
    for (const risk of risks) {
      const rid = k(zone, day, risk, sku, batch, route);
      const r = delta.risks.get(rid) ?? delta.risks.set(rid, { key: { zone, day, risk, sku, batch, route }, signals: 0 }).get(rid)!;
      r.signals += sign;
    }
  }
}

/** The net change from `before` to `after` (either may lack a signal: inserted or deleted). */
export function rollupDelta(before: readonly RollupState[], after: readonly RollupState[], zones: readonly string[]): RollupDelta {
  const delta = emptyDelta();
  for (const s of before) addContribution(delta, s, zones, -1);
  for (const s of after) addContribution(delta, s, zones, 1);
  // A retriage that changed nothing the rollups see writes nothing.
  for (const m of [delta.risks, delta.batches]) for (const [id, v] of m) if (v.signals === 0) m.delete(id);
  for (const [id, v] of delta.themes) if (Object.values(v.counts).every((n) => n === 0)) delta.themes.delete(id);
  for (const [id, v] of delta.channels) if (Object.values(v.counts).every((n) => n === 0)) delta.channels.delete(id);
  return delta;
}

const addCounts = <C extends object>(into: C, from: C) => {
  for (const f of Object.keys(from) as (keyof C)[]) (into[f] as number) += from[f] as number;
};
const nonZero = (counts: object) => Object.values(counts).some((n) => n !== 0);

/**
 * The weekly rollups' change, derived from the daily one: the same keys with the day replaced
 * by its week's Monday, merged (so the two can never disagree); risks into their projections.
 */
export function weeklyDelta(d: RollupDelta): WeeklyDelta {
  const out: WeeklyDelta = { themes: new Map(), channels: new Map(), risks: new Map() };
  for (const {
    key: { day, ...rest },
    counts,
  } of d.themes.values()) {
    const key = { ...rest, week: weekOf(day) };
    const id = k(key.zone, key.week, key.issueType, key.sku, key.stage);
    const row = out.themes.get(id) ?? out.themes.set(id, { key, counts: { signals: 0, negative: 0, mustBeHuman: 0 } }).get(id)!;
    addCounts(row.counts, counts);
  }
  for (const {
    key: { day, ...rest },
    counts,
  } of d.channels.values()) {
    const key = { ...rest, week: weekOf(day) };
    const id = k(key.zone, key.week, key.channel, key.stage);
    const row =
      out.channels.get(id) ??
      out.channels
        .set(id, {
          key,
          counts: { signals: 0, negative: 0, negativeReviews: 0, mustBeHuman: 0, automationHandled: 0, automationCrossed: 0 },
        })
        .get(id)!;
    addCounts(row.counts, counts);
  }
  for (const {
    key: { zone, day, risk, sku, batch, route },
    signals,
  } of d.risks.values()) {
    const week = weekOf(day);
    const projections: [RiskProjection, string, string, string][] = [['sku', sku, '', '']];
    if (batch) projections.push(['sku_batch', sku, batch, '']);
    if (route) projections.push(['route', '', '', route]);
    for (const [projection, s, b, r] of projections) {
      const id = k(zone, week, projection, risk, s, b, r);
      const row =
        out.risks.get(id) ?? out.risks.set(id, { key: { zone, week, projection, risk, sku: s, batch: b, route: r }, signals: 0 }).get(id)!;
      row.signals += signals;
    }
  }
  for (const [id, v] of out.themes) if (!nonZero(v.counts)) out.themes.delete(id);
  for (const [id, v] of out.channels) if (!nonZero(v.counts)) out.channels.delete(id);
  for (const [id, v] of out.risks) if (v.signals === 0) out.risks.delete(id);
  return out;
}
