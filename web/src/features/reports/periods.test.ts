import { describe, expect, it } from 'vitest';
import { isoWeekOf, shiftMonth, shiftWeek } from './periods.js';

describe('report periods', () => {
  it('names ISO weeks across year ends the ISO way', () => {
    expect(isoWeekOf(new Date('2026-11-16T00:00:00Z'))).toBe('2026-W47');
    expect(isoWeekOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeekOf(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeekOf(new Date('2021-01-03T00:00:00Z'))).toBe('2020-W53');
  });
  it('steps weeks and months both ways', () => {
    expect(shiftWeek('2026-W47', -1)).toBe('2026-W46');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});
