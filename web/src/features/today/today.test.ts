import { describe, expect, it } from 'vitest';
import type { BoardItem, Decision } from '../../../../contracts/actions.js';
import type { WeeklyReport } from '../../../../contracts/reports.js';
import { dueActions, growingThemes, isStale, overdueEvidence, recentVerdicts } from './today.js';

const now = new Date('2026-11-16T09:00:00Z');
const action = (o: Partial<BoardItem>): BoardItem =>
  ({ id: 1, issueId: 1, status: 'accepted', dueAt: null, verdict: null, reviewedAt: null, ...o }) as BoardItem;

describe('Today', () => {
  it('ranks issues by growth, not size, and leaves out the shrinking', () => {
    const theme = (issueType: string, count: number, previous: number) => ({
      issueType,
      sku: 'A',
      count,
      previous,
      change: count - previous,
    });
    const r = { topThemes: [theme('big', 100, 95), theme('new', 6, 0), theme('shrinking', 3, 9)] } as unknown as WeeklyReport;
    expect(growingThemes(r).map((t) => t.issueType)).toEqual(['new', 'big']);
  });
  it('lists open actions due within two days, the most overdue first', () => {
    const items = [
      action({ id: 1, dueAt: '2026-11-17T00:00:00Z' }),
      action({ id: 2, dueAt: '2026-11-10T00:00:00Z' }),
      action({ id: 3, dueAt: '2026-11-30T00:00:00Z' }),
      action({ id: 4, dueAt: '2026-11-01T00:00:00Z', status: 'done' }),
    ];
    expect(dueActions(items, now).map((a) => a.id)).toEqual([2, 1]);
  });
  it('keeps verdicts of the last week only', () => {
    const v = (at: string) => ({ computedAt: at }) as BoardItem['verdict'];
    const items = [action({ id: 1, verdict: v('2026-11-14T00:00:00Z') }), action({ id: 2, verdict: v('2026-10-01T00:00:00Z') })];
    expect(recentVerdicts(items, now).map((a) => a.id)).toEqual([1]);
  });
  it('finds supplier evidence past its due date', () => {
    const d = (id: number, dueAt: string) => ({ id, type: 'ask_supplier_evidence', details: { dueAt } }) as unknown as Decision;
    expect(overdueEvidence([d(1, '2026-11-15T00:00:00Z'), d(2, '2026-11-20T00:00:00Z')], now).map((x) => x.id)).toEqual([1]);
  });
  it('calls a store stale after three days without a signal', () => {
    expect(isStale('2026-11-13T08:00:00Z', now)).toBe(true);
    expect(isStale('2026-11-15T08:00:00Z', now)).toBe(false);
  });
});
