import { describe, expect, it } from 'vitest';
import { canCloseIssue } from '../../../../server/modules/issues/index.js';
import { CLOSE_REASONS, ISSUE_STATUSES } from '../../shared/vocab.js';
import { closeReasonsFor, readIssue, verdictSentence } from './issue-view.js';

describe('issue page reader', () => {
  it('reads the issue detail and marks every day a spike episode covered', () => {
    const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].map((day, k) => ({ day, count: k }));
    const v = readIssue({
      id: 3, issueType: 'defect', sku: 'K-1', channels: { review: 2 }, representativeWording: 'the seam tore',
      spike: { flagged: true, lastFlaggedAt: '2026-11-05', episodes: [{ at: '2026-11-02', lastAt: '2026-11-03' }] },
      trend: { days, weeks: [] }, evidence: { photos: [{ signalId: 9, kind: 'photo', url: 'https://x.test/p.jpg' }], orders: [], batches: [] },
    });
    expect(v).toMatchObject({ id: 3, representativeText: 'the seam tore', channelCounts: { review: 2 } });
    expect(v.series.map((p) => p.spike)).toEqual([false, true, true, false, true]);
    expect(v.gallery).toEqual([{ kind: 'photo', url: 'https://x.test/p.jpg', signalId: 9 }]);
  });

  it('states a verdict with its numbers', () => {
    const s = verdictSentence({ result: 'shrinking', rateBefore: 0.05, rateAfter: 0.01, ratio: 0.2, ciLow: 0.08, ciHigh: 0.45, eventsBefore: 20, eventsAfter: 4, exposureBefore: 400, exposureAfter: 400 });
    expect(s).toBe('Shrinking: 20 signals / 400 orders before (5.0%) vs 4 / 400 after (1.0%); rate ratio 0.20 (95% CI 0.08–0.45).');
  });

  it('offers exactly the close reasons the server accepts for each status (no pending actions, not alarming)', () => {
    for (const status of ISSUE_STATUSES) {
      // The page reaches action_planned / fixed_awaiting_review only with open or done actions.
      const actions = status === 'action_planned' ? [{ status: 'in_progress' as const }] : status === 'fixed_awaiting_review' ? [{ status: 'done' as const }] : [];
      const accepted = CLOSE_REASONS.filter((r) => canCloseIssue({ current: status, signalCount: 5, flagged: false, actions }, r).ok);
      expect(closeReasonsFor(status), status).toEqual(accepted);
    }
    expect(closeReasonsFor('verified_shrinking')).toContain('resolved');
    expect(closeReasonsFor('needs_action')).not.toContain('resolved');
  });
});
