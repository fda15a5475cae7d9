import { describe, expect, it } from 'vitest';
import { maskEmail } from './present-order.js';

describe('maskEmail', () => {
  it('keeps one letter of the name and of the domain, and the top-level domain', () => {
    expect(maskEmail('marisol.quenby@quenby.co.uk')).toBe('m•••@q•••.uk');
    expect(maskEmail('a@b.com')).toBe('a•••@b•••.com');
    expect(maskEmail('nobody@localhost')).toBe('n•••@l•••');
  });
  it('shows nothing of something that is not an address', () => {
    expect(maskEmail('not-an-address')).toBe('•••');
    expect(maskEmail('@example.com')).toBe('•••');
  });
});
