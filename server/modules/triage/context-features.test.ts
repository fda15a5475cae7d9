import { describe, expect, it } from 'vitest';
import { featurize } from './features.js';
import { deserializeModel, serializeModel } from './model.js';
import { fold, tokenize } from './text.js';
import { trainModel, type TrainingExample } from './train-model.js';
import { triageSignal } from './triage-signal.js';

const ids = (text: string, context: Parameters<typeof featurize>[5]) =>
  new Set(featurize(tokenize(fold(text)), 15, null, undefined, false, context).idx);
const extra = (text: string, context: Parameters<typeof featurize>[5]) => {
  const plain = ids(text, null);
  return [...ids(text, context)].filter((i) => !plain.has(i));
};

describe('context features', () => {
  it('add nothing when the model was trained without them', () => {
    expect([...ids('not small at all', null)].sort()).toEqual([...ids('not small at all', undefined)].sort());
  });

  it('mark words after a negator within the clause, and not past a clause break', () => {
    // "small" and "at" follow "not"; after the comma nothing does.
    const negated = extra('not small at all', {});
    expect(negated.length).toBeGreaterThanOrEqual(3);
    expect(extra('not, small', {})).toEqual([]);
    // The same word negated or not: the plain features are shared, the context one differs.
    expect(extra('nao serviu', {}).length).toBe(1);
  });

  it('mark the clause a contrast word opens, and the title', () => {
    expect(extra('lovely colour but runs small', {}).length).toBeGreaterThanOrEqual(3);
    expect(extra('lovely colour and runs small', {})).toEqual([]);
    const text = 'Runs small\nlovely colour';
    expect(extra(text, { titleEnd: 'Runs small'.length }).length).toBe(2);
  });

  it('add the language once', () => {
    expect(extra('hello there', { language: 'en' }).length).toBe(1);
    expect(extra('hello there', { language: 'en' })).not.toEqual(extra('hello there', { language: 'pt' }));
  });
});

// Invented words: "blorp" is a defect in English rows and nothing in Portuguese ones, so a blend
// fitted per language can differ from the pooled one. Five rows a round: the blend's folds
// (every fourth row) then each hold every kind of row.
function examples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < 30; i++) {
    out.push({ text: `the thing went blorp today ${i}`, language: 'en', labels: ['defect'] });
    out.push({ text: `a plain remark about item ${i}`, language: 'en', labels: [] });
    out.push({ text: `o produto fez blorp ontem ${i}`, language: 'pt', labels: [] });
    out.push({ text: `o produto quebrou na caixa ${i}`, language: 'pt', labels: ['defect'] });
    out.push({ text: `uma nota simples sobre a loja ${i}`, language: 'pt', labels: [] });
  }
  return out;
}

describe('a model with context features and per-language blends', () => {
  const model = trainModel(examples(), {
    bits: 12,
    epochs: 8,
    context: true,
    blendPerLanguage: 8,
    modelOnlyMin: 0.45,
    modelOnlyMinByLanguage: { pt: 0.3 },
  });

  it('stores what scoring must repeat, through JSON', () => {
    expect(model.context).toBe(true);
    expect(model.modelOnlyMin).toBe(0.45);
    expect(model.modelOnlyMinByLanguage).toEqual({ pt: 0.3 });
    expect(Object.keys(model.blendByLanguage ?? {}).sort()).toEqual(['en', 'pt']);
    expect(model.blendByLanguage!.en!.defect).toBeDefined();
    const back = deserializeModel(JSON.parse(JSON.stringify(serializeModel(model))));
    expect(back).toMatchObject({
      context: true,
      modelOnlyMin: 0.45,
      modelOnlyMinByLanguage: { pt: 0.3 },
      blendByLanguage: model.blendByLanguage,
    });
  });

  it('reads the same word by its language', () => {
    expect(triageSignal({ text: 'it went blorp', language: 'en' }, { model }).issueTypes).toContain('defect');
    expect(triageSignal({ text: 'fez blorp', language: 'pt' }, { model }).issueTypes).not.toContain('defect');
  });

  it('a model without them has neither', () => {
    const plain = trainModel(examples(), { bits: 12, epochs: 4 });
    expect(plain.context).toBeUndefined();
    expect(plain.blendByLanguage).toBeUndefined();
  });
});

describe('written rows that fit only their own language blend', () => {
  // German rows at the weak rows' weight: out of every blend fit by default, in the German one when
  // they say so, and never in the pooled blend when German is an own-blend-only language.
  const withGerman = (fitsBlend?: boolean): TrainingExample[] => [
    ...examples(),
    ...Array.from({ length: 30 }, (_, i): TrainingExample[] => [
      { text: `das Ding ist kaputt gegangen ${i}`, language: 'de', labels: ['defect'], weight: 0.7, fitsBlend },
      { text: `eine einfache Notiz zum Laden ${i}`, language: 'de', labels: [], weight: 0.7, fitsBlend },
    ]).flat(),
  ];
  const opts = { bits: 12, epochs: 6, context: true, blendPerLanguage: 8 };

  it('weak rows fit no blend unless they say so', () => {
    expect(trainModel(withGerman(), opts).blendByLanguage?.de).toBeUndefined();
    expect(trainModel(withGerman(true), opts).blendByLanguage?.de?.defect).toBeDefined();
  });

  it('an own-blend-only language leaves the pooled blend as it was', () => {
    const own = trainModel(withGerman(true), { ...opts, blendOwnLanguageOnly: ['de'] });
    const pooled = trainModel(withGerman(true), opts);
    const without = trainModel(withGerman(), opts);
    expect(own.blendByLanguage?.de?.defect).toBeDefined();
    expect(own.blend.defect).toEqual(without.blend.defect);
    expect(pooled.blend.defect).not.toEqual(without.blend.defect);
  });
});
