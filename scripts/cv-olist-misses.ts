/**
 * Five-fold CV over the NON-held-out Olist rows, one JSON line per row: its crowd class, whether
 * triage recovered it, triage's types, our hand label when the row is labelled, and the text.
 * For reading misses while writing phrases; held-out rows never appear (they stay unread).
 *   tsx scripts/cv-olist-misses.ts [--out FILE]     (default /tmp/cv-olist.jsonl)
 */
import { writeFileSync } from 'node:fs';
import { trainModel } from '../server/modules/triage/train-model.js';
import { triageSignal } from '../server/modules/triage/triage-signal.js';
import { buildLabelled } from './build-labelled.js';
import { OLIST_CLASS_TYPES, classRecovered } from './eval-olist-classes.js';
import { loadHoldout, loadOlist, requireDatasets } from './labelled-data.js';
import { OPTS, foldOf, toExample, weakOlist } from './train-base-model.js';

const K = 5;
requireDatasets('cv-olist-misses');
const holdout = loadHoldout();
const { lines } = buildLabelled();
const train = lines.filter((l) => l.split === 'train' && !holdout.has(l.id));
const weak = weakOlist(new Set(lines.map((l) => l.id)), holdout);
const gold = new Map(lines.map((l) => [l.id, l.labels]));
const olist = loadOlist().filter((r) => !holdout.has(r.key) && r.olistClass && OLIST_CLASS_TYPES[r.olistClass]);
const out: string[] = [];
for (let f = 0; f < K; f++) {
  const model = trainModel(
    [...train.filter((l) => foldOf(l.id, K) !== f).map(toExample), ...weak.filter((w) => foldOf(w.key, K) !== f)],
    OPTS,
  );
  for (const r of olist.filter((r) => foldOf(r.key, K) === f)) {
    const types = triageSignal(
      { text: r.text || r.title || '', title: r.text ? r.title : undefined, language: 'pt' },
      { model },
    ).issueTypes;
    out.push(
      JSON.stringify({
        key: r.key,
        cls: r.olistClass,
        ok: classRecovered(r.olistClass!, types),
        pred: types,
        gold: gold.get(r.key),
        title: r.title,
        text: r.text,
      }),
    );
  }
}
const at = process.argv.indexOf('--out');
const path = at > 0 ? process.argv[at + 1]! : '/tmp/cv-olist.jsonl';
writeFileSync(path, out.join('\n') + '\n');
console.log(`wrote ${out.length} rows to ${path}; recovered ${(out.filter((l) => JSON.parse(l).ok).length / out.length).toFixed(3)}`);
