import { describe, expect, it } from 'vitest';
import { crossedBoundary } from './human-boundary.js';
import { triageSignal } from './triage-signal.js';
import type { TriageInput } from './types.js';

const buildSignal = (over: Partial<TriageInput> = {}): TriageInput => ({
  text: 'Where is my parcel?',
  channel: 'ai_chat',
  handledBy: 'automation',
  ...over,
});
const triage = (over: Partial<TriageInput>) => triageSignal(buildSignal(over), { model: null });

describe('the human boundary', () => {
  it('a quiet question stays with automation', () => {
    const r = triage({});
    expect(r.mustBeHuman).toBe(false);
    expect(crossedBoundary(r, 'automation')).toEqual([]);
  });

  it('safety words are never left to automation, and the reason quotes them', () => {
    const r = triage({ text: 'The charger started to smoke and burned my hand' });
    expect(r.mustBeHuman).toBe(true);
    expect(r.reasons).toContainEqual({ code: 'safety', evidence: expect.stringMatching(/smoke|burned/) });
    expect(r.slaClass).toBe('urgent');
    expect(crossedBoundary(r, 'automation').map((x) => x.code)).toContain('safety');
  });

  it('a chargeback threat is never left to automation', () => {
    const r = triage({ text: 'Fix this or I will file a chargeback with my bank' });
    expect(r.flags.threatChargeback).toBe(true);
    expect(r.reasons).toContainEqual({ code: 'refund_or_dispute', evidence: '"chargeback"' });
    expect(r.slaClass).toBe('urgent');
  });

  it('an angry refund demand is never left to automation', () => {
    const r = triage({ text: 'This is a SCAM. UNACCEPTABLE. I WANT MY MONEY BACK NOW!!! Refund me, ridiculous service' });
    const codes = r.reasons.map((x) => x.code);
    expect(codes).toContain('refund_or_dispute');
    expect(codes).toContain('strong_anger');
    expect(r.flags.anger).toBe(true);
    expect(crossedBoundary(r, 'automation').length).toBeGreaterThanOrEqual(2);
  });

  it('Portuguese: estorno and procon', () => {
    const r = triage({ text: 'quero o estorno agora ou vou no procon' });
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['refund_or_dispute', 'legal_threat']));
  });

  it('public complaint and legal threats', () => {
    expect(triage({ text: 'I will post this on social media' }).reasons.map((x) => x.code)).toContain('public_threat');
    expect(triage({ text: 'My lawyer will hear about this' }).reasons.map((x) => x.code)).toContain('legal_threat');
  });

  it('facts about the order and the customer', () => {
    const codes = (over: Partial<TriageInput>) => triage(over).reasons.map((x) => x.code);
    expect(codes({ orderValue: 900 })).toContain('high_value_order');
    expect(codes({ orderValue: 900, highValueThreshold: 1000 })).not.toContain('high_value_order');
    expect(codes({ customerTier: 'influencer' })).toContain('repeat_bulk_influencer');
    expect(codes({ issueSpiking: true })).toContain('spiking_issue');
    expect(codes({ channel: 'dispute' })).toContain('refund_or_dispute');
  });

  it('a human handling it is not a crossing', () => {
    const r = triage({ text: 'I want a refund' });
    expect(r.mustBeHuman).toBe(true);
    expect(crossedBoundary(r, 'human')).toEqual([]);
  });

  it('a plain return is not a refund reason', () => {
    expect(triage({ text: 'I will exchange it for a smaller size' }).reasons).toEqual([]);
  });
});
