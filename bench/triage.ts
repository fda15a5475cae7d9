/**
 * Triage throughput on one core: every women's review (title + text) through rules, evidence,
 * personal-data scan and the shipped base model. `npm run bench:triage`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { loadBaseModel, triageSignal, type TriageInput } from '../server/modules/triage/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const datasets = process.env.WRITEBACK_DATASETS ?? resolve(here, '..', '..', 'shared', 'datasets');
const csvPath = join(datasets, 'womens-clothing-reviews', 'reviews.csv');

if (!existsSync(csvPath)) {
  console.log(`bench:triage skipped — ${csvPath} is absent (the datasets are not in the repository).`);
  process.exit(0);
}

const rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const inputs: TriageInput[] = rows
  .filter((r) => (r['Review Text'] ?? '').trim() || (r['Title'] ?? '').trim())
  .map((r) => ({ text: r['Review Text'] ?? '', title: r['Title'] || null, channel: 'review', rating: Number(r['Rating']) || null }));

const model = loadBaseModel();
const ctx = { model };
// Warm-up lets the JIT settle so the figure is the steady state, not start-up.
for (let i = 0; i < 2000; i++) triageSignal(inputs[i % inputs.length], ctx);

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const rates: number[] = [];
let sink = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  for (const input of inputs) sink += triageSignal(input, ctx).issueTypes.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rates.push(inputs.length / seconds);
}
rates.sort((a, b) => a - b);
const chars = inputs.reduce((s, i) => s + i.text.length + (i.title?.length ?? 0), 0) / inputs.length;
console.log(`triage: ${inputs.length} women's reviews (mean ${chars.toFixed(0)} chars), model ${model ? `bits=${model.bits}` : 'none (rules only)'}`);
console.log(`signals/s (median of ${rounds} rounds, one core): ${Math.round(rates[Math.floor(rounds / 2)]).toLocaleString('en-US')}  [min ${Math.round(rates[0])}, max ${Math.round(rates[rounds - 1])}]  (labels ${sink})`);
