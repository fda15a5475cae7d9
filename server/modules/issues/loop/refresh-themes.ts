import type { AppContext } from '../../../platform/http/context.js';
import { runExclusive } from '../../../platform/jobs.js';
import { maskPii } from '../../../lib/pii.js';
import { clusterThemes } from '../themes/index.js';
import { unnamedSignals } from '../../signals/index.js';
import { replaceThemes, type StoredTheme } from './theme-repository.js';

const WINDOW_DAYS = 30;
/** Below this best-label score the triage is guessing; such a signal may belong to a complaint nobody named yet. */
export const LOW_CONFIDENCE = 0.5;
const MAX_SIGNALS = 3000;

/**
 * The `themes-refresh` job: clusters the last 30 days of signals that fit no issue type well, so
 * the team sees a new complaint before anyone names it. Recomputed whole each run (idempotent).
 */
export async function refreshThemes(ctx: Pick<AppContext, 'db' | 'clock'>) {
  return runExclusive(ctx.db, ctx.clock, 'themes-refresh', async (tx) => {
    const now = ctx.clock.now();
    const from = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
    const signals = await unnamedSignals(tx, from, LOW_CONFIDENCE, MAX_SIGNALS);
    const byId = new Map(signals.map((s) => [String(s.id), s]));
    const themes = clusterThemes(signals.map((s) => ({ id: String(s.id).padStart(12, '0'), text: s.text })));
    const stored: StoredTheme[] = themes.map((t) => {
      const members = t.memberIds.map((id) => byId.get(String(Number(id)))!);
      return {
        id: `theme-${Number(t.id)}`,
        computedAt: now,
        windowFrom: from,
        size: t.size,
        topTerms: t.topTerms,
        representativeSignalId: Number(t.representative.id),
        representativeText: maskPii(t.representative.text),
        memberIds: members.map((m) => m.id),
        skus: [...new Set(members.map((m) => m.sku).filter((s): s is string => Boolean(s)))].sort(),
      };
    });
    await replaceThemes(tx, stored);
    return { signals: signals.length, themes: stored.length };
  });
}
