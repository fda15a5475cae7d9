import { describe, expect, it } from 'vitest';
import { batchBaseRate, FLOOR_BASE_RATE } from './batch-guard.js';

const cell = (sku: string, batch: string | null, n: number) => ({ sku, batch, n });

describe('batchBaseRate', () => {
  it("uses the SKU's other batches when they have enough orders", () => {
    expect(
      batchBaseRate(
        'A',
        'B2',
        [cell('A', 'B1', 99), cell('A', 'B2', 10), cell('Z', 'Z1', 1000)],
        [cell('A', 'B1', 4), cell('Z', 'Z1', 500)],
      ),
    ).toBe(5 / 100);
  });
  it("falls back to the store's other SKUs for a SKU's only batch", () => {
    expect(batchBaseRate('A', 'B1', [cell('A', 'B1', 12), cell('Z', 'Z1', 299)], [cell('A', 'B1', 5), cell('Z', 'Z1', 2)])).toBe(3 / 300);
  });
  it('falls back to the floor when the store has too few orders too', () => {
    expect(batchBaseRate('A', 'B1', [cell('A', 'B1', 12), cell('Z', 'Z1', 20)], [cell('A', 'B1', 5)])).toBe(FLOOR_BASE_RATE);
  });
});
