import { describe, expect, it } from 'vitest';
import { canCloseIssue } from '../../../../server/modules/issues/index.js';
import { CLOSE_REASONS, ISSUE_STATUSES } from '../../shared/vocab.js';
import type { Verdict } from '../../../../contracts/actions.js';
import type { Spike } from '../../../../contracts/issues.js';
import { closeReasonsFor, trendSeries, verdictSentence } from './issue-view.js';

describe('issue page reader', () => {
  it('marks every day a spike episode covered, and the last flagged day', () => {
    const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].map((day, k) => ({ day, count: k }));
    const episode = {
      at: '2026-11-02',
      lastAt: '2026-11-03',
      reason: 'spike',
      pValue: 0.001,
      observed: 9,
      expected: 2,
      windowDays: 28,
      exposureAdjusted: false,
    } as const;
    const spike: Spike = {
      flagged: true,
      at: '2026-11-02',
      pValue: 0.001,
      reason: 'spike',
      lastFlaggedAt: '2026-11-05',
      episodes: [episode],
    };
    const series = trendSeries({ trend: { days, weeks: [] }, spike });
    expect(series.map((p) => p.spike)).toEqual([false, true, true, false, true]);
    expect(series.map((p) => p.count)).toEqual([0, 1, 2, 3, 4]);
  });

  it('states a verdict with its numbers, per order or per SKU signal', () => {
    const v: Verdict = {
      result: 'shrinking',
      rateBefore: 0.05,
      rateAfter: 0.01,
      ratio: 0.2,
      ciLow: 0.08,
      ciHigh: 0.45,
      pValue: 0.001,
      eventsBefore: 20,
      eventsAfter: 4,
      exposureBefore: 400,
      exposureAfter: 400,
      mode: 'orders',
      alpha: 0.05,
      method: 'exact conditional test',
      explanation: '',
      windowDays: 14,
      changeAt: '2026-10-01T00:00:00Z',
      computedAt: '2026-10-29T00:00:00Z',
    };
    const s = verdictSentence(v);
    expect(s).toBe('Shrinking: 20 signals / 400 orders before (5.0%) vs 4 / 400 after (1.0%); rate ratio 0.20 (95% CI 0.08–0.45).');
    expect(verdictSentence({ ...v, result: 'too_little_data', mode: 'share', ratio: null })).toBe(
      'Too little data to tell: 20 signals / 400 SKU signals before (5.0%) vs 4 / 400 after (1.0%).',
    );
  });

  it('offers exactly the close reasons the server accepts for each status (no pending actions, not alarming)', () => {
    for (const status of ISSUE_STATUSES) {
      // The page reaches action_planned / fixed_awaiting_review only with open or done actions.
      const actions =
        status === 'action_planned'
          ? [{ status: 'in_progress' as const }]
          : status === 'fixed_awaiting_review'
            ? [{ status: 'done' as const }]
            : [];
      const accepted = CLOSE_REASONS.filter((r) => canCloseIssue({ current: status, signalCount: 5, flagged: false, actions }, r).ok);
      expect(closeReasonsFor(status), status).toEqual(accepted);
    }
    expect(closeReasonsFor('verified_shrinking')).toContain('resolved');
    expect(closeReasonsFor('needs_action')).not.toContain('resolved');
  });
});
