import { describe, expect, it } from 'vitest';
import { validateDecision } from './validate-decision.js';

const base = { issueId: 'iss_1', decidedBy: 'ana@sourcing', decidedAt: '2026-05-01T09:00:00Z', note: 'Checked the batch photos.' };

describe('validateDecision', () => {
  it('accepts each of the five decision types with its own fields', () => {
    const ok = [
      { ...base, type: 'accept_file_current', note: 'Sample and shipped units match the spec sheet exactly.' },
      {
        ...base,
        type: 'correct_public_claim',
        location: 'product_page',
        claimBefore: 'fits all cup holders',
        claimAfter: 'fits holders 65–80 mm',
      },
      {
        ...base,
        type: 'ask_supplier_evidence',
        supplier: 'Acme',
        evidenceRequested: ['strap pull test for B7'],
        dueAt: '2026-05-08T09:00:00Z',
      },
      { ...base, type: 'hold_next_order', sku: 'BAG-1', batch: 'B8', releaseCondition: 'supplier shows strap test results' },
      { ...base, type: 'assign_follow_up_owner', owner: 'Rui', ownerTeam: 'fulfilment', dueAt: '2026-05-03T00:00:00Z' },
    ];
    for (const d of ok) expect(validateDecision(d).ok, d.type).toBe(true);
  });

  it('accepting the file as current needs a real argument', () => {
    const r = validateDecision({ ...base, type: 'accept_file_current', note: 'ok' });
    expect(r.ok || r.errors[0]?.path).toBe('note');
  });

  it('names the missing field and the bad date order', () => {
    const r = validateDecision({
      ...base,
      type: 'ask_supplier_evidence',
      supplier: 'Acme',
      evidenceRequested: [],
      dueAt: '2026-04-01T00:00:00Z',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('decision_invalid');
      expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['evidenceRequested']));
    }
    const late = validateDecision({
      ...base,
      type: 'assign_follow_up_owner',
      owner: 'Rui',
      ownerTeam: 'fulfilment',
      dueAt: '2026-04-01T00:00:00Z',
    });
    expect(late.ok || late.errors.map((e) => e.path)).toEqual(['dueAt']);
  });

  it('rejects unknown types and unknown fields', () => {
    expect(validateDecision({ ...base, type: 'shrug' }).ok).toBe(false);
    expect(validateDecision({ ...base, type: 'hold_next_order', sku: 'S', releaseCondition: 'x', colour: 'red' }).ok).toBe(false);
  });
});
