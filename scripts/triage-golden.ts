/**
 * Regression guard for speed work on triage: every full TriageResult (labels, scores, spans,
 * evidence, personal data, reasons…) over the real datasets and the demo store, plus the model's
 * training features, written once and compared after each change. Output must not move at all.
 *
 *   npx tsx scripts/triage-golden.ts write [dir]   # record (default dir /tmp/triage-golden)
 *   npx tsx scripts/triage-golden.ts check [dir]   # compare; exits 1 on the first differences
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoStore } from '../server/demo/generate-demo-store.js';
import { loadBaseModel } from '../server/modules/triage/base-model.js';
import { DEFAULT_CHAR_GRAMS, featurize } from '../server/modules/triage/features.js';
import { agentText, fold, tokenize } from '../server/modules/triage/text.js';
import { triageSignal, type TriageContext } from '../server/modules/triage/triage-signal.js';
import { titleEnd } from '../server/modules/triage/train-model.js';
import { detectLanguage } from '../server/modules/triage/language.js';
import { clustersFor } from '../server/modules/triage/word-clusters.js';
import type { SellerRule, TriageInput } from '../server/modules/triage/types.js';
import { loadOlist, loadWomens, requireDatasets } from './labelled-data.js';

const [mode, dir = '/tmp/triage-golden'] = process.argv.slice(2);
if (mode !== 'write' && mode !== 'check') {
  console.error('usage: triage-golden.ts write|check [dir]');
  process.exit(2);
}
requireDatasets('triage-golden');

const model = loadBaseModel();
if (!model) throw new Error('base-model.json is missing');

// The women's reviews as bench/triage.ts builds them (untrimmed text, rating given).
const womens: TriageInput[] = loadWomens().map((r) => ({
  text: r.text,
  title: r.title ?? null,
  channel: 'review',
  rating: r.rating ?? null,
}));
const olist: TriageInput[] = loadOlist().map((r) => ({
  text: r.text,
  title: r.title ?? null,
  channel: 'review',
  rating: r.rating ?? null,
  language: 'pt',
}));
const demo: TriageInput[] = generateDemoStore().signals;
const sellerRules: SellerRule[] = [
  { issueType: 'material_quality', phrase: 'pilling|pilled after ~2 wash*' },
  { issueType: 'fit_size', phrase: 'runs small', weight: 2, language: 'en' },
  { issueType: 'praise', phrase: 'wanted to love', weight: -1 },
  { issueType: 'defect', pattern: 'zip(per)? (broke|stuck)' },
];

const runs: { name: string; inputs: TriageInput[]; ctx: TriageContext }[] = [
  { name: 'womens', inputs: womens, ctx: { model } },
  { name: 'olist', inputs: olist, ctx: { model } },
  // Without the language hint, so language detection decides the phrase sets.
  { name: 'olist-nohint', inputs: olist.map((i) => ({ ...i, language: null })), ctx: { model } },
  { name: 'demo', inputs: demo, ctx: { model } },
  { name: 'womens-rules-only', inputs: womens, ctx: { model: null } },
  { name: 'womens-seller', inputs: womens, ctx: { model, sellerRules } },
];

function featureDigest(inputs: TriageInput[]): string[] {
  // Training's path (train-model.ts prepare): own copies, rating included.
  return inputs.map((i) => {
    const tokens = tokenize(fold(agentText(i.text, i.title)));
    const context = model!.context
      ? { titleEnd: titleEnd(i.title), language: detectLanguage(tokens, i.language), clusters: clustersFor(model!.clusters) }
      : null;
    const x = featurize(tokens, model!.bits, i.rating, model!.charGrams ?? DEFAULT_CHAR_GRAMS, false, context);
    return createHash('sha256')
      .update(Buffer.from(x.idx.buffer, x.idx.byteOffset, x.idx.byteLength))
      .update(Buffer.from(x.val.buffer, x.val.byteOffset, x.val.byteLength))
      .digest('hex');
  });
}

let compared = 0;
let failed = false;
function record(name: string, lines: string[]): void {
  const path = join(dir, `${name}.jsonl`);
  if (mode === 'write') {
    writeFileSync(path, lines.join('\n') + '\n');
    console.log(`${name}: wrote ${lines.length}`);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} missing: run write first`);
  const want = readFileSync(path, 'utf8').split('\n').slice(0, -1);
  let diffs = 0;
  if (want.length !== lines.length) {
    console.log(`${name}: ${lines.length} results, golden has ${want.length}`);
    failed = true;
  }
  for (let i = 0; i < Math.min(want.length, lines.length); i++) {
    if (want[i] === lines[i]) continue;
    if (++diffs <= 3) console.log(`${name}[${i}] differs:\n  want ${want[i]!.slice(0, 600)}\n  got  ${lines[i]!.slice(0, 600)}`);
  }
  compared += lines.length;
  if (diffs) failed = true;
  console.log(`${name}: ${lines.length} compared, ${diffs} different`);
}

if (mode === 'write') mkdirSync(dir, { recursive: true });
for (const run of runs)
  record(
    run.name,
    run.inputs.map((i) => JSON.stringify(triageSignal(i, run.ctx))),
  );
record('features', featureDigest([...womens, ...olist, ...demo]));
if (mode === 'check') {
  console.log(failed ? `DIFFERENT (of ${compared} compared)` : `identical: ${compared} results compared`);
  process.exit(failed ? 1 : 0);
}
