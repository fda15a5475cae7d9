import { describe, expect, it } from 'vitest';
import { day } from '../scripts/labelled-data.js';

// The copies of Olist's review file write the creation date three ways; a review the classified release
// holds is recognised by its message and this day, so a date read wrongly lets a held-out row through.
describe('day of an Olist review date', () => {
  it('reads ISO, DD-MM-YYYY and M/D/YYYY as the same day', () => {
    expect(day('2017-03-21 00:00:00')).toBe('2017-03-21');
    expect(day('21-03-2017 00:00')).toBe('2017-03-21');
    expect(day('3/21/2017 0:00')).toBe('2017-03-21');
    expect(day('12/9/2016 0:00')).toBe('2016-12-09');
  });
});
