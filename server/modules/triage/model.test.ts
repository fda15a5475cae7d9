import { describe, expect, it } from 'vitest';
import { featurize } from './features.js';
import { deserializeModel, predictProbabilities, serializeModel } from './model.js';
import { fold, tokenize } from './text.js';
import { trainModel, type TrainingExample } from './train-model.js';
import { triageSignal } from './triage-signal.js';

// Invented words the built-in phrases cannot know, so only the model can learn them.
function buildExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < 40; i++) {
    out.push({ text: `the gizmo frobnicated again number ${i}`, labels: ['defect'] });
    out.push({ text: `such a zorblax experience item ${i}`, labels: ['praise'] });
    out.push({ text: `plain note about shelf ${i}`, labels: [] });
  }
  return out;
}

const vec = (text: string, bits: number) => featurize(tokenize(fold(text)), bits);

describe('the learned model', () => {
  const model = trainModel(buildExamples(), { bits: 12, epochs: 8, now: () => new Date('2026-01-01T00:00:00Z') });

  it('learns words that no rule knows', () => {
    const d = model.labels.indexOf('defect');
    const p = model.labels.indexOf('praise');
    const probs = predictProbabilities(model, vec('my gizmo frobnicated', 12));
    expect(probs[d]).toBeGreaterThan(0.7);
    expect(probs[p]).toBeLessThan(0.3);
    expect(predictProbabilities(model, vec('a zorblax one', 12))[p]).toBeGreaterThan(0.7);
  });

  it('blends with the rules inside triage and says where a label came from', () => {
    const r = triageSignal({ text: 'the gizmo frobnicated' }, { model });
    expect(r.labels.find((l) => l.type === 'defect')).toMatchObject({ source: 'model' });
    expect(triageSignal({ text: 'the gizmo frobnicated' }, { model: null }).issueTypes).toEqual([]);
  });

  it('round-trips through JSON with version, date and evaluation', () => {
    model.evaluation = { microF1: 0.9 };
    const json = JSON.parse(JSON.stringify(serializeModel(model)));
    expect(json).toMatchObject({
      format: 'writeback-triage-lr/1',
      version: 1,
      trainedAt: '2026-01-01T00:00:00.000Z',
      evaluation: { microF1: 0.9 },
    });
    const back = deserializeModel(json);
    const x = vec('the gizmo frobnicated twice', 12);
    const a = predictProbabilities(model, x);
    const b = predictProbabilities(back, x);
    for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i]!, 3);
  });

  it('rejects something that is not a model', () => {
    expect(() => deserializeModel({ format: 'other' })).toThrow(/not a triage model/);
  });

  it('hashes features into the buckets base-model.json was trained with', () => {
    // Pinned: a change to word, bigram or character n-gram hashing silently breaks the shipped model.
    const x = vec("Runs small, doesn't fit", 15);
    expect([...x.idx]).toEqual([
      18774, 5536, 10623, 6544, 4738, 30091, 5079, 18245, 6119, 19916, 24987, 9579, 9847, 3178, 1391, 20195, 6000, 31899, 15467, 29769,
      13581, 31491, 18356,
    ]);
    expect(x.val[0]).toBe(Math.fround(0.2692832946777344));
  });

  it('features are deterministic and unit length', () => {
    const a = vec('Runs small', 12);
    const b = vec('runs small', 12);
    expect([...a.idx]).toEqual([...b.idx]);
    const norm = Math.sqrt([...a.val].reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
  });
});
