/**
 * Rebuilds server/modules/triage/base-model.json: trains on the labelled TRAIN split only (plus,
 * as weak examples, non-held-out Olist rows through their crowd class), then scores the held-out
 * split once and stores that evaluation in the model. Rows in holdout.txt never reach training.
 *   tsx scripts/train-base-model.ts            train, evaluate on holdout, write base-model.json
 *   tsx scripts/train-base-model.ts --cv 5     k-fold scores on the train split only (for tuning)
 *   tsx scripts/train-base-model.ts --no-eval  write the model without scoring the held-out rows
 * With --cv: TRIAGE_CV_WITHOUT=FILE leaves the listed keys out (a round's new rows, to compare on the
 * same rows as before), TRIAGE_CV_MARK=FILE scores the listed keys apart from the rest,
 * TRIAGE_CV_DUMP=FILE writes each row's key, gold and predicted labels (JSONL; no text) for error reading.
 * Folds come from each row's key, so adding rows does not move the old ones between folds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, formatEvaluation } from '../server/modules/triage/evaluate.js';
import { serializeModel, type TriageModel } from '../server/modules/triage/model.js';
import { trainModel, type TrainingExample } from '../server/modules/triage/train-model.js';
import { triageSignal } from '../server/modules/triage/triage-signal.js';
import { loadWordClusters } from '../server/modules/triage/word-clusters.js';
import { buildLabelled, type LabelledLine } from './build-labelled.js';
import { OLIST_CLASS_TYPES, classRecovered } from './eval-olist-classes.js';
import { REPO, loadHoldout, loadOlist, requireDatasets } from './labelled-data.js';
import { loadWritten } from './written-data.js';

export const OLIST_CLASS_LABELS: Record<string, string[]> = {
  atrasado: ['delivery_delay'],
  entrega_parcial: ['missing_item'],
  diferente_do_anunciado: ['listing_mismatch'],
  baixa_qualidade: ['material_quality'],
  devolucao: ['returns_refunds'],
  satisfeito: ['praise'],
  antes_prazo: ['praise'],
};
// 2^17 weights × 16 types as int16 ≈ 5.6 MB of base64. 2^15 until 7 December (evening): with 23,000 labelled
// rows in five languages the types shared too many buckets, and more Portuguese rows cost English. 5-fold CV,
// 2^15 → 2^16 → 2^17: English 0.856/0.725 → 0.857/0.731 → 0.861/0.737 (random rows 0.882/0.790 → 0.882/0.788
// → 0.886/0.799); Olist copy 3 rows 0.890/0.767 → 0.892/0.770 → 0.894/0.775; copy 2 0.878/0.780 → 0.880/0.786
// → 0.881/0.786; copy 1 0.898/0.784 → 0.897/0.790 → 0.900/0.792.
const BITS = Number(process.env.TRIAGE_BITS ?? 17);
const WEAK_WEIGHT = Number(process.env.TRIAGE_WEAK ?? 0.7);
export const OPTS = {
  bits: BITS,
  // 12 → 20 (8 December): 5-fold CV on the same 44,194 rows, Portuguese real reviews 0.898 / 0.698 → 0.899 /
  // 0.701 (micro / macro over types with 10 rows), English 0.880 / 0.620 → 0.880 / 0.622, other languages ±0.002;
  // 18 hash bits instead of 17 gave as little (+0.001) for a model file twice the size, so the bits stay.
  epochs: Number(process.env.TRIAGE_EPOCHS ?? 20),
  l2: Number(process.env.TRIAGE_L2 ?? 1e-5),
  learningRate: Number(process.env.TRIAGE_LR ?? 0.3),
  charGrams: gramsFromEnv(),
  context: process.env.TRIAGE_CONTEXT !== '0',
  // Word clusters from unlabelled reviews (scripts/word-clusters.ts); TRIAGE_CLUSTERS=0 trains without.
  clusters: process.env.TRIAGE_CLUSTERS === '0' ? null : loadWordClusters(),
  posWeightCap: Number(process.env.TRIAGE_POS_CAP ?? 8),
  // 8 → 15 positives (7 December, evening): with 5,000 more Portuguese rows the 11 English delivery rows
  // fitted a blend that vetoed "promised 5-7 days, it took 14 days"; below 15 a type falls back to the
  // pooled blend and its phrase stands (blend.ts unseenHere). 5-fold CV: English 0.861/0.733 → 0.860/0.737
  // (random rows 0.886/0.790 both), every other language unchanged. 15 → 30 (7 December, night): 6,400 more
  // English rows brought English delivery to 16 positives, and their blend vetoed that sentence again. Also
  // below 30: English missing items (15), Spanish, German and French chatbot answers (22–24; their phrases
  // stand anyway, blend.ts). 5-fold CV at 15 and at 30: every language's micro-F1 equal to the third decimal;
  // English macro 0.625 → 0.620, English delivery (16 rows) F1 0.54 → 0.49.
  blendPerLanguage: Number(process.env.TRIAGE_BLEND_LANG ?? 30),
  // The written languages fit their own blends only (train-model.ts: blendOwnLanguageOnly).
  blendOwnLanguageOnly: process.env.TRIAGE_OWN_BLEND === '0' ? [] : ['es', 'de', 'fr'],
  modelOnlyMin: Number(process.env.TRIAGE_MODEL_MIN ?? 0.65),
  // Portuguese: the model alone needs only its type's fitted threshold, floored at 0.4. With 5,000 real
  // marketplace reviews in training the model reads the Portuguese paraphrases the phrases miss ("não
  // recebi nem uma explicação", "a loja vende sem ter o produto"), and the 0.65 floor, set on English
  // fashion reviews, kept most of those readings out. Measured, 5-fold CV, 7 December 2026 (evening),
  // floor 0.65 → 0.5 → 0.4 → 0.3: real Olist reviews no phrase was written from (copy 2, 1,464 rows)
  // 0.875/0.782 → 0.878/0.788 → 0.880/0.797 → 0.877/0.795 (micro/macro); copy 1 (1,796) 0.897/0.779 →
  // 0.899/0.786 → 0.897/0.787 → 0.893/0.786; all Portuguese rows 0.869/0.787 → 0.873/0.794 → 0.873/0.796
  // → 0.870/0.793; other languages unchanged. Stored with the model: a store's own model keeps its floor.
  // English stays at 0.65: 0.5 gained in CV (7 December, night, with 3,200 more English rows: English
  // 0.874/0.623 → 0.876/0.625, listing_mismatch on the new rows F1 0.51 → 0.55) but read "The shoulder strap
  // was missing from the package, only the bag arrived" as a listing mismatch too.
  modelOnlyMinByLanguage: { pt: Number(process.env.TRIAGE_MODEL_MIN_PT ?? 0.4) },
  // Problem types take the low end of their threshold's F1 plateau (CV precision ran 0.10 above recall);
  // praise keeps the middle: at the low end it came next to complaints in the demo-store wording.
  thresholdPick: (process.env.TRIAGE_PICK ?? 'low-for-problems') as 'middle' | 'low' | 'low-for-problems',
};

function gramsFromEnv() {
  const [min = 4, max = min] = (process.env.TRIAGE_GRAMS ?? '4,4').split(',').map(Number);
  return { min, max };
}

// Written rows (test-data/written/) teach the model their languages' words at the weak rows' weight and
// fit their own language's blend weights and thresholds (not the pooled blend: blendOwnLanguageOnly).
// Out of every blend fit, as until 6 December, the English/Portuguese-fitted blends held their labels
// down; fitting their own, each writer's texts read better when trained on the others (micro-F1 over
// four writers: es 0.720–0.808 → 0.759–0.822, de 0.737–0.767 → 0.747–0.805, fr 0.753–0.819 →
// 0.756–0.847). Full weight in the model itself added about 0.005 more and moved English CV by −0.002.
const WRITTEN_WEIGHT = Number(process.env.TRIAGE_WRITTEN_WEIGHT ?? WEAK_WEIGHT);
// A language with real rows (Portuguese: Olist) keeps its blends fitted on those; its written rows
// (train-pt-*.jsonl) teach the model at full weight but stay out of every blend. With them in the pooled
// blend the demo store's wording fell from micro-F1 0.869 to 0.841; at the other written languages' weight
// (0.7) its few support texts fell under their threshold. Figures in docs/triage.md (Data).
const REAL_ROW_LANGUAGES = ['pt'];

export function toExample(l: LabelledLine): TrainingExample {
  return {
    text: l.text,
    title: l.title,
    language: l.language,
    labels: l.labels.filter((x) => x !== 'other'),
    ...(l.sample === 'written' || l.sample === 'independent'
      ? REAL_ROW_LANGUAGES.includes(l.language ?? '')
        ? { weight: 1, fitsBlend: false }
        : { weight: WRITTEN_WEIGHT, fitsBlend: process.env.TRIAGE_WRITTEN_BLEND !== '0' }
      : {}),
  };
}

type WeakExample = TrainingExample & { olistClass: string; key: string };

export function weakOlist(exclude: Set<string>, holdout: Set<string>): WeakExample[] {
  return loadOlist()
    .filter((r) => !holdout.has(r.key) && !exclude.has(r.key) && r.olistClass && OLIST_CLASS_LABELS[r.olistClass])
    .map((r) => ({
      text: r.text || r.title || '',
      title: r.text ? r.title : undefined,
      labels: OLIST_CLASS_LABELS[r.olistClass!] ?? [],
      weight: WEAK_WEIGHT,
      olistClass: r.olistClass!,
      key: r.key,
    }));
}

function score(model: TriageModel | null, lines: LabelledLine[]) {
  const preds = lines.map((l) => triageSignal({ text: l.text, title: l.title, language: l.language }, { model }).issueTypes);
  return evaluate(
    preds,
    lines.map((l) => l.labels),
  );
}

/** A row's fold from its key (FNV-1a), so adding labelled rows does not move the old rows between folds. */
export function foldOf(key: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % k;
}

/** Row keys, one a line, from a file (TRIAGE_CV_WITHOUT, TRIAGE_CV_MARK); none without a path. */
function keysFrom(path: string | undefined): Set<string> {
  return new Set(
    path
      ? readFileSync(path, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
      : [],
  );
}

/**
 * k-fold on the train split only (labelled rows and weak Olist rows both folded), so phrases and
 * options can be compared without touching the held-out rows. Also reports the Olist coarse-class
 * recovery (eval-olist-classes.ts's mapping) on the held-back fold's Olist rows, labelled or weak.
 */
function crossValidate(train: LabelledLine[], weak: WeakExample[], k: number, marked = new Set<string>()): void {
  const preds: string[][] = [];
  const gold: string[][] = [];
  const random: boolean[] = [];
  const isMarked: boolean[] = [];
  const langs: string[] = [];
  const dump: string[] = [];
  let classHit = 0;
  let classN = 0;
  const byClass = new Map<string, { n: number; hit: number }>();
  const classOf = new Map(loadOlist().map((r) => [r.key, r.olistClass]));
  for (let f = 0; f < k; f++) {
    const fitWeak = weak.filter((w) => foldOf(w.key, k) !== f);
    const model = trainModel([...train.filter((l) => foldOf(l.id, k) !== f).map(toExample), ...fitWeak], OPTS);
    const countClass = (cls: string | undefined, types: string[]) => {
      if (!cls || !OLIST_CLASS_TYPES[cls]) return;
      const ok = classRecovered(cls, types);
      const c = byClass.get(cls!) ?? { n: 0, hit: 0 };
      c.n++;
      c.hit += ok ? 1 : 0;
      byClass.set(cls!, c);
      classN++;
      if (ok) classHit++;
    };
    for (const l of train.filter((l) => foldOf(l.id, k) === f)) {
      const types: string[] = triageSignal({ text: l.text, title: l.title, language: l.language }, { model }).issueTypes;
      preds.push(types);
      gold.push(l.labels);
      random.push(l.sample === 'random');
      isMarked.push(marked.has(l.id));
      langs.push(l.language);
      dump.push(JSON.stringify({ id: l.id, gold: l.labels, pred: types }));
      countClass(classOf.get(l.id), types);
    }
    for (const w of weak.filter((w) => foldOf(w.key, k) === f)) {
      countClass(w.olistClass, triageSignal({ text: w.text, title: w.title, language: 'pt' }, { model }).issueTypes);
    }
  }
  console.log(`--- ${k}-fold cross-validation on the train split (rules + model)`);
  console.log(formatEvaluation(evaluate(preds, gold)));
  for (const [name, keep] of [
    ['randomly picked', true],
    ['targeted', false],
  ] as const) {
    const e = evaluate(
      preds.filter((_, i) => random[i] === keep),
      gold.filter((_, i) => random[i] === keep),
    );
    console.log(
      `${name} rows only (${random.filter((r) => r === keep).length}): micro P ${e.micro.precision.toFixed(3)} R ${e.micro.recall.toFixed(3)} F1 ${e.micro.f1.toFixed(3)}, macro ${e.macroF1.toFixed(3)}`,
    );
  }
  // Per language: the targets hold for English and Portuguese each, not only on the pooled rows.
  for (const lang of [...new Set(langs)].sort()) {
    const at = langs.map((l, i) => (l === lang ? i : -1)).filter((i) => i >= 0);
    const e = evaluate(
      at.map((i) => preds[i]!),
      at.map((i) => gold[i]!),
    );
    const rnd = at.filter((i) => random[i]);
    const er = evaluate(
      rnd.map((i) => preds[i]!),
      rnd.map((i) => gold[i]!),
    );
    const mk = at.filter((i) => isMarked[i]);
    const em = evaluate(
      mk.map((i) => preds[i]!),
      mk.map((i) => gold[i]!),
    );
    console.log(
      `language ${lang} (${at.length}): micro P ${e.micro.precision.toFixed(3)} R ${e.micro.recall.toFixed(3)} F1 ${e.micro.f1.toFixed(3)}, macro ${e.macroF1.toFixed(3)}; ` +
        `random rows (${rnd.length}): micro ${er.micro.f1.toFixed(3)}, macro ${er.macroF1.toFixed(3)}; ` +
        (mk.length ? `TRIAGE_CV_MARK rows (${mk.length}): micro ${em.micro.f1.toFixed(3)}, macro ${em.macroF1.toFixed(3)}; ` : '') +
        e.perLabel
          .filter((x) => x.support >= 10)
          .map((x) => `${x.label} ${x.f1.toFixed(2)}/${x.support}`)
          .join(', '),
    );
  }
  if (process.env.TRIAGE_CV_DUMP) writeFileSync(process.env.TRIAGE_CV_DUMP, dump.join('\n') + '\n');
  if (marked.size) {
    for (const [name, keep] of [
      ['rows listed in TRIAGE_CV_MARK', true],
      ['other rows', false],
    ] as const) {
      const e = evaluate(
        preds.filter((_, i) => isMarked[i] === keep),
        gold.filter((_, i) => isMarked[i] === keep),
      );
      console.log(
        `${name} (${isMarked.filter((r) => r === keep).length}): micro P ${e.micro.precision.toFixed(3)} R ${e.micro.recall.toFixed(3)} F1 ${e.micro.f1.toFixed(3)}, macro ${e.macroF1.toFixed(3)}`,
      );
    }
  }
  console.log(
    `Olist coarse class recovered on held-back rows (labelled and weak): ${(classHit / classN).toFixed(3)} (${classN} rows; ` +
      [...byClass]
        .sort((a, b) => b[1].n - a[1].n)
        .map(([cls, c]) => `${cls} ${(c.hit / c.n).toFixed(3)}/${c.n}`)
        .join(', ') +
      ')',
  );
}

function main(): void {
  requireDatasets('train-base-model');
  if (!process.env.OLIST_REVIEWS_CSV)
    throw new Error(
      'set OLIST_REVIEWS_CSV to olist_order_reviews_dataset.csv (test-data/labels/README.md, olist-reviews.jsonl): the model trains on those rows too',
    );
  const holdout = loadHoldout();
  const { lines, missing } = buildLabelled();
  const lacking = missing.filter((k) => k.startsWith('olist-reviews:')).length;
  if (lacking)
    throw new Error(
      `${lacking} labelled Olist reviews have no text in OLIST_REVIEWS_CSV: list every copy test-data/labels/README.md names, in its order, separated by ':'`,
    );
  // Texts written for the project in languages the datasets lack (test-data/written/train-*.jsonl).
  const train = [...lines.filter((l) => l.split === 'train' && !holdout.has(l.id)), ...loadWritten()];
  const held = lines.filter((l) => l.split === 'holdout' || holdout.has(l.id));
  const weak = weakOlist(new Set(lines.map((l) => l.id)), holdout);
  console.log(`train ${train.length} labelled + ${weak.length} weak Olist rows; held out ${held.length}`);

  const cvAt = process.argv.indexOf('--cv');
  if (cvAt > 0) {
    const without = keysFrom(process.env.TRIAGE_CV_WITHOUT);
    const cvWeak = without.size ? weakOlist(new Set(lines.filter((l) => !without.has(l.id)).map((l) => l.id)), holdout) : weak;
    crossValidate(
      train.filter((l) => !without.has(l.id)),
      cvWeak,
      Number(process.argv[cvAt + 1] ?? 5),
      keysFrom(process.env.TRIAGE_CV_MARK),
    );
    return;
  }

  const model = trainModel([...train.map(toExample), ...weak], OPTS);
  const path = process.env.TRIAGE_MODEL_OUT ?? join(REPO, 'server', 'modules', 'triage', 'base-model.json');
  if (process.argv.includes('--no-eval')) {
    writeFileSync(path, JSON.stringify(serializeModel(model)));
    console.log(`wrote ${path} (held-out rows not scored)`);
    return;
  }
  const rulesOnly = score(null, held);
  const blended = score(model, held);
  model.evaluation = {
    heldOutItems: held.length,
    microF1: blended.micro.f1,
    macroF1: blended.macroF1,
    macroF1All: blended.macroF1All,
    perLabel: Object.fromEntries(blended.perLabel.map((l) => [l.label, { p: l.precision, r: l.recall, f1: l.f1, support: l.support }])),
    rulesOnlyMicroF1: rulesOnly.micro.f1,
  };
  writeFileSync(path, JSON.stringify(serializeModel(model)));
  console.log(`wrote ${path}`);
  console.log('--- held out, rules only');
  console.log(formatEvaluation(rulesOnly));
  console.log('--- held out, rules + base model');
  console.log(formatEvaluation(blended));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
