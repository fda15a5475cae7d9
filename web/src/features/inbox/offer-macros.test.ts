import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../../contracts/actions.js';
import { offerMacros } from './Replies.js';

const macro = (id: string, title: string, sku: string | null = null): Knowledge =>
  ({ id, title, body: '', sku, kind: 'macro', version: 1, issueId: null, changeNote: null, updatedBy: 'x', updatedAt: '' }) as Knowledge;

describe('the macros the reply box offers', () => {
  const items = [
    macro('late', 'Parcel past its delivery window'),
    macro('damaged', 'Arrived damaged'),
    macro('strap', 'Duffel strap', 'DUFFEL'),
  ];
  it("puts the SKU's own macros first, then the general ones that meet the issue type", () => {
    expect(offerMacros(items, 'DUFFEL', ['damaged_in_transit']).map((m) => m.id)).toEqual(['strap', 'damaged']);
  });
  it('offers every general macro when none meets the issue type, and no other SKU’s', () => {
    expect(offerMacros(items, 'OTHER', ['billing']).map((m) => m.id)).toEqual(['late', 'damaged']);
  });
});
