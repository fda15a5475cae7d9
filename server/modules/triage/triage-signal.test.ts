import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS } from './owners.js';
import { triageSignal } from './triage-signal.js';
import type { TriageInput } from './types.js';

const triage = (input: TriageInput, teams = DEFAULT_TEAMS) => triageSignal(input, { model: null, teams });

describe('language', () => {
  it('English, Portuguese and undetermined', () => {
    expect(triage({ text: 'The dress is lovely but it runs small' }).language).toBe('en');
    expect(triage({ text: 'o produto chegou quebrado e não recebi resposta' }).language).toBe('pt');
    expect(triage({ text: '👍👍' }).language).toBe('und');
  });
  it('a given language wins', () => expect(triage({ text: 'ok', language: 'pt-BR' }).language).toBe('pt'));
});

describe('stage', () => {
  it('questions before buying are pre-sale', () => {
    expect(triage({ text: 'Will it fit my cup holder?' }).stage).toBe('pre_sale');
    expect(triage({ text: 'Does it come in navy? Thinking of buying two.' }).stage).toBe('pre_sale');
    expect(triage({ text: 'vai servir no meu carro? quero comprar' }).stage).toBe('pre_sale');
  });
  it('pre-sale gets its own SLA class', () => {
    expect(triage({ text: 'Does it come in navy?', channel: 'chat' }).slaClass).toBe('pre_sale');
  });
  it('talk of a received item is post-purchase, as is any review', () => {
    expect(triage({ text: 'I received it and will it fit? no.' }).stage).toBe('post_purchase');
    expect(triage({ text: 'Will it fit?', channel: 'review' }).stage).toBe('post_purchase');
  });
});

describe('sentiment and SLA class', () => {
  it('labels and scores', () => {
    expect(triage({ text: 'I love it, excellent quality', rating: 5 }).sentiment.label).toBe('positive');
    expect(triage({ text: 'terrible, cheap and broken', rating: 1 }).sentiment.label).toBe('negative');
  });
  it('a negative public review is urgent; a private order issue is not', () => {
    expect(triage({ text: 'Arrived broken, terrible', channel: 'review', rating: 1 }).slaClass).toBe('urgent');
    expect(triage({ text: 'Arrived broken, terrible', channel: 'email' }).slaClass).toBe('order_issue');
  });
});

describe('clues and owners', () => {
  it('follow the DESIGN.md table', () => {
    expect(triage({ text: 'Looks nothing like the picture' })).toMatchObject({ clues: ['listing'], ownerTeam: 'marketplace_operations' });
    expect(triage({ text: 'The zipper broke after one wear' })).toMatchObject({ clues: ['product'], ownerTeam: 'sourcing_quality' });
    expect(triage({ text: 'My order still has not arrived' })).toMatchObject({ clues: ['promise'], ownerTeam: 'fulfilment' });
    expect(triage({ text: 'The instructions are confusing' })).toMatchObject({ clues: ['label'], ownerTeam: 'product_compliance' });
  });
  it('safety outranks every other clue', () => {
    expect(triage({ text: 'It runs small and gave me a rash' })).toMatchObject({
      clues: ['safety', 'listing'],
      ownerTeam: 'product_compliance',
    });
  });
  it('transit damage is a product clue only when the issue repeats', () => {
    expect(triage({ text: 'It arrived broken' }).clues).toEqual([]);
    expect(triage({ text: 'It arrived broken', issueSpiking: true }).clues).toEqual(['product']);
  });
  it('every signal gets an owner, and teams are data', () => {
    expect(triage({ text: 'Love it!' }).ownerTeam).toBe('support');
    const teams = { ...DEFAULT_TEAMS, defaultOwner: 'care_team', clueOwners: { ...DEFAULT_TEAMS.clueOwners, listing: 'catalogue' } };
    expect(triage({ text: 'Love it!' }, teams).ownerTeam).toBe('care_team');
    expect(triage({ text: 'Not as pictured' }, teams).ownerTeam).toBe('catalogue');
  });
});

describe('the result', () => {
  it('carries labels with scores, sources and spans, and personal data spans', () => {
    const r = triage({ text: 'Runs small. Email me at a@b.co' });
    expect(r.labels[0]).toMatchObject({ type: 'fit_size', source: 'rule' });
    expect(r.labels[0]!.score).toBeGreaterThan(0.5);
    expect(r.pii).toEqual([{ kind: 'email', start: 24, end: 30 }]);
  });
});
