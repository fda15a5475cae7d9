import { describe, expect, it } from 'vitest';
import { loadBaseModel } from './base-model.js';
import { triageSignal } from './triage-signal.js';

// Issue 17 item 4: sentences the walk found mislabelled, with and without the learned model.
const model = loadBaseModel();
const withModel = (text: string) => triageSignal({ text }, { model });
const rulesOnly = (text: string) => triageSignal({ text }, { model: null });

describe('chargebacks and disputes are never positive', () => {
  const cases = [
    'Dispute opened. Reason: Item not as described. Buyer message: "Great, thanks"',
    'Chargeback notice for #1234. Reason code 13.1. Cardholder statement: I love it but it never arrived, great',
    'I am opening a dispute with PayPal. Thanks.',
    'Abri uma disputa no cartão, obrigado.',
    'He abierto una disputa con mi banco. Gracias.',
    "J'ai ouvert un litige auprès de ma banque, merci.",
    'Ich habe eine Rückbuchung bei meiner Bank beantragt, danke.',
  ];
  for (const text of cases) {
    it(text, () => {
      for (const r of [withModel(text), rulesOnly(text)]) {
        expect(r.sentiment.label).toBe('negative');
        expect(r.sentiment.score).toBeLessThan(0);
        expect(r.flags.threatChargeback).toBe(true);
        expect(r.mustBeHuman).toBe(true);
      }
    });
  }
  it('a plain thank-you stays positive (the rule does not flatten everything)', () => {
    expect(withModel('Great product, thanks, I love it').sentiment.label).toBe('positive');
  });
});

describe('public threats', () => {
  it('"I will post this everywhere and report you" is a public threat that needs a human', () => {
    const r = withModel('I will post this everywhere and report you');
    expect(r.flags.threatPublic).toBe(true);
    expect(r.mustBeHuman).toBe(true);
    expect(r.reasons).toContainEqual({ code: 'public_threat', evidence: expect.stringMatching(/everywhere|report you/) });
  });
  it('other wordings of the same threat', () => {
    for (const text of [
      'I am going to report your shop to consumer protection',
      'Vou postar isso em todo lugar e denunciar vocês',
      'Lo voy a publicar en todas partes y los voy a denunciar',
      'Je vais le publier partout et vous signaler',
      'Ich werde das überall posten und euch melden',
    ])
      expect(withModel(text).flags.threatPublic, text).toBe(true);
  });
  it('a delivery "post office" or a report of a problem is not a threat', () => {
    expect(withModel('I had to pick it up at the post office').flags.threatPublic).toBe(false);
    expect(withModel('I want to report a problem with my order').flags.threatPublic).toBe(false);
  });
});

describe("the seeds' own sentences get their types", () => {
  it('"promised 5-7 days, it took 14 days" is delivery_delay', () => {
    expect(withModel('promised 5-7 days, it took 14 days').issueTypes).toContain('delivery_delay');
    expect(rulesOnly('promised 5-7 days, it took 14 days').issueTypes).toContain('delivery_delay');
    expect(rulesOnly('They promised delivery in 3 days and it took two weeks').issueTypes).toContain('delivery_delay');
  });
  it('"I do not know where this part goes, and the video misses the key step" is setup_usage', () => {
    const text = 'I do not know where this part goes, and the video misses the key step';
    expect(withModel(text).issueTypes).toContain('setup_usage');
    expect(rulesOnly(text).issueTypes).toContain('setup_usage');
    expect(rulesOnly('The video skips the step where the legs attach').issueTypes).toContain('setup_usage');
  });
  it('"it took 14 days" alone, or a promise kept, is not a delay', () => {
    expect(rulesOnly('It took 14 days of use to break in, love it').issueTypes).not.toContain('delivery_delay');
  });
});
