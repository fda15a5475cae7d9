import { describe, expect, it } from 'vitest';
import { loadBaseModel } from './base-model.js';
import { featurize } from './features.js';
import { predictProbabilities } from './model.js';
import { fold, tokenize, wordHash } from './text.js';
import { trainModel, type TrainingExample } from './train-model.js';
import { clusterSlot, clustersFor, loadWordClusters, parseWordClusters } from './word-clusters.js';

// Invented words, so nothing but this file's clusters links them: "zorb" and "quaff" share cluster 3;
// "plim" is in cluster 4.
const FILE = '# test clusters\n3 zorb quaff blen\n4 plim plam\n';

describe('word clusters', () => {
  const clusters = parseWordClusters(FILE);

  it('find each word by its hash, and nothing for a word with no cluster', () => {
    const of = (w: string) => {
      const s = clusterSlot(clusters, wordHash(w));
      return s < 0 ? null : clusters.cluster[s];
    };
    expect(of('zorb')).toBe(3);
    expect(of('quaff')).toBe(3);
    expect(of('plam')).toBe(4);
    expect(of('shirt')).toBeNull();
  });

  it('reject a malformed line by its number', () => {
    expect(() => parseWordClusters('# x\n3 zorb\nfoo bar\n')).toThrow(/line 3/);
  });

  it('give words of one cluster a shared feature, and none to a word without one', () => {
    const ids = (text: string, c: typeof clusters | null) =>
      new Set(featurize(tokenize(fold(text)), 15, null, undefined, false, { clusters: c }).idx);
    // The features the clusters add to a text.
    const added = (text: string) => {
      const plain = ids(text, null);
      return new Set([...ids(text, clusters)].filter((i) => !plain.has(i)));
    };
    const shared = (a: string, b: string) => [...added(a)].filter((i) => added(b).has(i)).length;
    expect(shared('zorb', 'quaff')).toBe(1);
    expect(shared('zorb', 'plim')).toBe(0);
    // Neighbouring words: "blen zorb" and "quaff blen" share the cluster pair 3–3 as well.
    expect(shared('blen zorb', 'quaff blen')).toBe(2);
    expect(added('shirt').size).toBe(0);
  });

  it('let a model read words no training row holds through their clusters', () => {
    // "zorb" and "blen" mark defects in training, "plim" marks none; "quaff" (zorb's cluster) and
    // "plam" (plim's) never occur there.
    const rows: TrainingExample[] = [];
    for (let i = 0; i < 40; i++) {
      rows.push({ text: `item ${i} went ${i % 2 ? 'zorb' : 'blen'} today`, labels: ['defect'] });
      rows.push({ text: `item ${i} went plim today`, labels: [] });
    }
    const opts = { bits: 12, epochs: 8, context: true, blendFolds: 0 };
    // How much more a defect "the item went quaff" is than "the item went plam".
    const gap = (c: typeof clusters | null) => {
      const model = trainModel(rows, { ...opts, clusters: c });
      const p = (text: string) =>
        predictProbabilities(model, featurize(tokenize(fold(text)), 12, null, undefined, false, { clusters: c }))[
          model.labels.indexOf('defect')
        ]!;
      return p('the item went quaff') - p('the item went plam');
    };
    expect(gap(clusters)).toBeGreaterThan(0.3);
    // Without clusters both words are unknown and read alike.
    expect(Math.abs(gap(null))).toBeLessThan(0.02);
    expect(trainModel(rows, { ...opts, clusters }).clusters).toBe(clusters.id);
  });

  it('are the ones the shipped base model was trained with', () => {
    const model = loadBaseModel();
    expect(model?.clusters).toBeTruthy();
    expect(model!.clusters).toBe(loadWordClusters()?.id);
    expect(clustersFor(model!.clusters)).toBe(loadWordClusters());
    expect(() => clustersFor('000000000000')).toThrow(/retrain/);
  });
});
