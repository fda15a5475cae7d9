export interface PresaleSignal {
  id: string;
  /** What groups the question: an issue key (type + SKU) or an emerging-theme id. */
  theme: string;
  stage: 'pre_sale' | 'post_purchase' | null;
  receivedAt: Date;
}

export interface PresaleThresholdOptions {
  /** Questions in one window that mean the page, not support, must answer (default 20). */
  threshold?: number;
  windowDays?: number;
}

export interface PresaleFlag {
  theme: string;
  /** Most questions seen in any window of windowDays. */
  peakCount: number;
  /** When the threshold was first reached. */
  flaggedAt: Date;
  windowStart: Date;
  signalIds: string[];
}

/**
 * The same pre-sale question asked 20 times in a week is a page that does not answer it. A
 * plain threshold (not a test) because the cost is linear in volume, whatever the baseline was.
 */
export function presaleThresholdRule(signals: readonly PresaleSignal[], options: PresaleThresholdOptions = {}): PresaleFlag[] {
  const threshold = options.threshold ?? 20;
  const span = (options.windowDays ?? 7) * 86_400_000;
  const byTheme = new Map<string, PresaleSignal[]>();
  for (const s of signals) {
    if (s.stage !== 'pre_sale') continue;
    byTheme.set(s.theme, [...(byTheme.get(s.theme) ?? []), s]);
  }
  const flags: PresaleFlag[] = [];
  for (const [theme, list] of byTheme) {
    const sorted = [...list].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    let start = 0;
    let peak = 0;
    let hit: { at: Date; from: Date; ids: string[] } | null = null;
    for (let end = 0; end < sorted.length; end++) {
      const t = sorted[end]!.receivedAt.getTime();
      while (t - sorted[start]!.receivedAt.getTime() >= span) start += 1;
      const size = end - start + 1;
      peak = Math.max(peak, size);
      if (!hit && size >= threshold) {
        hit = { at: sorted[end]!.receivedAt, from: sorted[start]!.receivedAt, ids: sorted.slice(start, end + 1).map((s) => s.id) };
      }
    }
    if (hit) flags.push({ theme, peakCount: peak, flaggedAt: hit.at, windowStart: hit.from, signalIds: hit.ids });
  }
  return flags.sort((a, b) => a.flaggedAt.getTime() - b.flaggedAt.getTime() || a.theme.localeCompare(b.theme));
}
