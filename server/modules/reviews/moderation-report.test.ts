import { describe, expect, it } from 'vitest';
import type { ModeratedReview } from './moderation-report.js';
import { moderationReport } from './moderation-report.js';

function reviews(rating: number, published: number, hidden: number): ModeratedReview[] {
  return [
    ...Array.from({ length: published }, () => ({ rating, published: true })),
    ...Array.from({ length: hidden }, () => ({ rating, published: false })),
  ];
}

describe('moderationReport', () => {
  it('counts hidden and published reviews by sentiment', () => {
    const r = moderationReport([...reviews(1, 2, 1), ...reviews(3, 1, 1), ...reviews(5, 4, 0)]);
    expect(r.negative).toEqual({ published: 2, hidden: 1, hiddenShare: 1 / 3 });
    expect(r.neutral).toEqual({ published: 1, hidden: 1, hiddenShare: 0.5 });
    expect(r.positive).toEqual({ published: 4, hidden: 0, hiddenShare: 0 });
  });

  it('flags suppression when mostly negative reviews are hidden', () => {
    const r = moderationReport([...reviews(1, 5, 5), ...reviews(5, 40, 1)]);
    expect(r.suppressionRisk).toBe(true);
    expect(r.explanation).toMatch(/5 of 10 negative reviews hidden \(50%\)/);
    expect(r.rule).toMatch(/at least 3 negative reviews are hidden/);
  });

  it('does not flag when hiding falls evenly', () => {
    expect(moderationReport([...reviews(2, 18, 2), ...reviews(4, 90, 10)]).suppressionRisk).toBe(false);
  });

  it('does not flag fewer than three hidden negatives, even at a high share', () => {
    expect(moderationReport([...reviews(1, 0, 2), ...reviews(5, 10, 0)]).suppressionRisk).toBe(false);
  });

  it('flags at exactly the threshold: 3 hidden and a 10-point gap', () => {
    expect(moderationReport([...reviews(1, 27, 3), ...reviews(5, 10, 0)]).suppressionRisk).toBe(true);
    expect(moderationReport([...reviews(1, 28, 3), ...reviews(5, 10, 0)]).suppressionRisk).toBe(false);
  });

  it('handles empty input and counts ratings it cannot place', () => {
    const r = moderationReport([
      { rating: 0, published: false },
      { rating: Number.NaN, published: true },
    ]);
    expect(r.ignored).toBe(2);
    expect(r.negative.hiddenShare).toBeNull();
    expect(r.suppressionRisk).toBe(false);
  });
});
