import { addIsoDays as addDays } from '../../../lib/time/index.js';
import {
  type DailyPoint,
  DEFAULT_BASELINE_DAYS,
  DEFAULT_MIN_COUNT,
  DEFAULT_MIN_HISTORY_DAYS,
  DEFAULT_SPIKE_WINDOWS,
  detectSpike,
} from '../detect/index.js';

/** Flags closer together than this belong to one alarm: the owner is told once per episode. */
export const EPISODE_GAP_DAYS = 7;
/** An issue counts as alarming for this long after its last flag. */
export const ACTIVE_DAYS = 7;
const MAX_EPISODES = 50;

export type FlagReason = 'spike' | 'batch_rule' | 'presale_threshold';

export interface SpikeEpisode {
  /** First flagged day of the episode (YYYY-MM-DD, UTC). */
  at: string;
  reason: FlagReason;
  pValue: number | null;
  observed: number;
  expected: number | null;
  windowDays: number | null;
  exposureAdjusted: boolean;
  /** Last flagged day of the episode. */
  lastAt: string;
}

export interface SpikeState {
  /** Has this issue ever alarmed? */
  flagged: boolean;
  /** Start of the latest episode. */
  at: string | null;
  pValue: number | null;
  reason: FlagReason | null;
  lastFlaggedAt: string | null;
  episodes: SpikeEpisode[];
}

export const EMPTY_SPIKE: SpikeState = { flagged: false, at: null, pValue: null, reason: null, lastFlaggedAt: null, episodes: [] };

/** Records one flag; returns the new episode when it opens one (that is when the owner is told). */
export function recordFlag(state: SpikeState, flag: Omit<SpikeEpisode, 'lastAt'>): { state: SpikeState; opened: SpikeEpisode | null } {
  const episodes = state.episodes.map((e) => ({ ...e }));
  const near = episodes.find((e) => flag.at >= addDays(e.at, -EPISODE_GAP_DAYS) && flag.at <= addDays(e.lastAt, EPISODE_GAP_DAYS));
  let opened: SpikeEpisode | null = null;
  if (near) {
    if (flag.at < near.at) near.at = flag.at;
    if (flag.at > near.lastAt) near.lastAt = flag.at;
  } else {
    opened = { ...flag, lastAt: flag.at };
    episodes.push(opened);
  }
  episodes.sort((a, b) => (a.at < b.at ? -1 : 1));
  const kept = episodes.slice(-MAX_EPISODES);
  const latest = kept[kept.length - 1]!;
  const lastFlaggedAt = kept.reduce((m, e) => (e.lastAt > m ? e.lastAt : m), kept[0]!.lastAt);
  return {
    state: { flagged: true, at: latest.at, pValue: latest.pValue, reason: latest.reason, lastFlaggedAt, episodes: kept },
    opened,
  };
}

/** Every day from `fromDay` up to `today`. */
export function daysFrom(fromDay: string, today: string): string[] {
  const out: string[] = [];
  for (let day = fromDay; day <= today; day = addDays(day, 1)) out.push(day);
  return out;
}

/** The given days that the exposure-adjusted Poisson test flags. */
export function spikeFlags(series: readonly DailyPoint[], days: readonly string[]): Omit<SpikeEpisode, 'lastAt'>[] {
  const out: Omit<SpikeEpisode, 'lastAt'>[] = [];
  if (series.length === 0) return out;
  // Each test reads only the days it needs (baseline, widest window and history), so testing n days
  // costs n × a constant, not n × the series' length.
  const index = new Map(series.map((p, i) => [p.date, i]));
  const need = DEFAULT_BASELINE_DAYS + Math.max(...DEFAULT_SPIKE_WINDOWS) + DEFAULT_MIN_HISTORY_DAYS;
  const widest = Math.max(...DEFAULT_SPIKE_WINDOWS);
  for (const day of days) {
    const i = index.get(day);
    // A day whose widest window holds fewer than the minimum count cannot flag: quiet days cost nothing.
    if (i !== undefined && series.slice(Math.max(0, i - widest + 1), i + 1).reduce((n, p) => n + p.count, 0) < DEFAULT_MIN_COUNT) continue;
    const r = detectSpike({ series: i === undefined ? series : series.slice(Math.max(0, i - need), i + 1), at: day });
    if (!r.flagged) continue;
    out.push({
      at: r.at,
      reason: 'spike',
      pValue: r.pValue,
      observed: r.observed,
      expected: r.expected,
      windowDays: r.windowDays,
      exposureAdjusted: r.exposureAdjusted,
    });
  }
  return out;
}

/** Applies flags in date order; the opened episodes are the alarms to tell the owner about. */
export function applyFlags(
  state: SpikeState,
  flags: readonly Omit<SpikeEpisode, 'lastAt'>[],
): { state: SpikeState; opened: SpikeEpisode[] } {
  let s = state;
  const opened: SpikeEpisode[] = [];
  for (const f of [...flags].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    const r = recordFlag(s, f);
    s = r.state;
    if (r.opened) opened.push(r.opened);
  }
  return { state: s, opened };
}

/** Alarming now: flagged within the last ACTIVE_DAYS days. */
export function isActive(state: SpikeState | null, today: string): boolean {
  return Boolean(state?.lastFlaggedAt && state.lastFlaggedAt >= addDays(today, -ACTIVE_DAYS));
}
