/**
 * k-fold cross-validation on the texts written for the project (test-data/written/train-*.jsonl),
 * per language: each fold's model trains on the base model's training rows (labelled English and
 * Portuguese, weak Olist rows) plus the written rows of the other folds, and scores the written
 * rows of its fold with the language detected, not given. Also prints the rules alone and a model
 * trained without any written row, to see what the written rows add.
 *   npx tsx scripts/cv-written.ts [--k 5] [--mark 3,4]
 * --mark F,G: also scores the rows of those folds apart (say, folds nobody read while writing phrases).
 */
import { evaluate, type Evaluation } from '../server/modules/triage/evaluate.js';
import type { TriageModel } from '../server/modules/triage/model.js';
import { trainModel } from '../server/modules/triage/train-model.js';
import { triageSignal } from '../server/modules/triage/triage-signal.js';
import { buildLabelled, type LabelledLine } from './build-labelled.js';
import { loadHoldout, requireDatasets } from './labelled-data.js';
import { OPTS, foldOf, toExample, weakOlist } from './train-base-model.js';
import { loadWritten } from './written-data.js';

function line(name: string, e: Evaluation): string {
  const n = (x: number) => x.toFixed(3);
  return `${name.padEnd(34)} items ${String(e.items).padStart(4)}  micro P ${n(e.micro.precision)} R ${n(e.micro.recall)} F1 ${n(e.micro.f1)}  macro F1 ${n(e.macroF1)} (≥${e.macroMinSupport})  all types ${n(e.macroF1All)}`;
}

function main(): void {
  requireDatasets('cv-written');
  const kAt = process.argv.indexOf('--k');
  const k = kAt > 0 ? Number(process.argv[kAt + 1]) : 5;
  const markAt = process.argv.indexOf('--mark');
  const marked = new Set(markAt > 0 ? process.argv[markAt + 1]!.split(',').map(Number) : []);
  const holdout = loadHoldout();
  const { lines } = buildLabelled();
  const base = lines.filter((l) => l.split === 'train' && !holdout.has(l.id));
  const weak = weakOlist(new Set(lines.map((l) => l.id)), holdout);
  const written = loadWritten();
  const languages = [...new Set(written.map((w) => w.language))].sort();
  console.log(
    `${written.length} written rows (${languages.map((l) => `${l} ${written.filter((w) => w.language === l).length}`).join(', ')}), ${k} folds`,
  );

  const predict = (model: TriageModel | null, rows: LabelledLine[]) =>
    rows.map((r) => triageSignal({ text: r.text, title: r.title }, { model }));
  const cv: Map<string, { pred: string[][]; gold: string[][]; marked: boolean[] }> = new Map(
    languages.map((l) => [l, { pred: [], gold: [], marked: [] }]),
  );
  let detected = 0;
  for (let f = 0; f < k; f++) {
    const fit = written.filter((w) => foldOf(w.id, k) !== f);
    const held = written.filter((w) => foldOf(w.id, k) === f);
    const model = trainModel([...base.map(toExample), ...weak, ...fit.map(toExample)], OPTS);
    predict(model, held).forEach((r, i) => {
      const c = cv.get(held[i]!.language)!;
      c.pred.push(r.issueTypes);
      c.gold.push(held[i]!.labels);
      c.marked.push(marked.has(f));
      if (r.language === held[i]!.language) detected++;
    });
    console.log(`fold ${f + 1}/${k} done`);
  }
  const without = trainModel([...base.map(toExample), ...weak], OPTS);
  console.log(`language detected right (no hint): ${detected}/${written.length}`);
  for (const lang of languages) {
    const rows = written.filter((w) => w.language === lang);
    const gold = rows.map((r) => r.labels);
    const c = cv.get(lang)!;
    console.log(`--- ${lang}`);
    console.log(line(`rules + model, ${k}-fold`, evaluate(c.pred, c.gold)));
    if (marked.size)
      console.log(
        line(
          `  folds ${[...marked].map((f) => f + 1).join(',')} only`,
          evaluate(
            c.pred.filter((_, i) => c.marked[i]),
            c.gold.filter((_, i) => c.marked[i]),
          ),
        ),
      );
    console.log(
      line(
        'rules alone',
        evaluate(
          predict(null, rows).map((r) => r.issueTypes),
          gold,
        ),
      ),
    );
    console.log(
      line(
        'rules + model without written rows',
        evaluate(
          predict(without, rows).map((r) => r.issueTypes),
          gold,
        ),
      ),
    );
    const e = evaluate(c.pred, c.gold);
    console.log('  per type (k-fold): ' + e.perLabel.map((l) => `${l.label} ${l.f1.toFixed(2)}/${l.support}`).join(', '));
  }
}

main();
