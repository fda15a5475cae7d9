/**
 * Triage throughput on one core: every women's review (title + text) through rules, evidence,
 * personal-data scan and the shipped base model. `npm run bench:triage`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
// Domain files directly: the bench measures triage, not whatever else the module's index loads.
import { loadBaseModel } from '../server/modules/triage/base-model.js';
import { triageSignal } from '../server/modules/triage/triage-signal.js';
import type { TriageInput } from '../server/modules/triage/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const datasets = process.env.WRITEBACK_DATASETS ?? resolve(here, '..', '..', 'shared', 'datasets');
const csvPath = join(datasets, 'womens-clothing-reviews', 'reviews.csv');

if (!existsSync(csvPath)) {
  console.log(`bench:triage skipped — ${csvPath} is absent (the datasets are not in the repository).`);
  process.exit(0);
}

const rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const inputs: TriageInput[] = rows
  .filter((r) => (r['Review Text'] ?? '').trim() || (r.Title ?? '').trim())
  .map((r) => ({ text: r['Review Text'] ?? '', title: r.Title || null, channel: 'review', rating: Number(r.Rating) || null }));

const model = loadBaseModel();
const ctx = { model };
// Warm-up lets the JIT settle so the figure is the steady state, not start-up.
for (let i = 0; i < 2000; i++) triageSignal(inputs[i % inputs.length]!, ctx);

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const rates: number[] = [];
const cpuRates: number[] = [];
let sink = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const input of inputs) sink += triageSignal(input, ctx).issueTypes.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  rates.push(inputs.length / seconds);
  // CPU time of this process: on a shared machine wall-clock also counts other programs' turns.
  cpuRates.push(inputs.length / ((cpu.user + cpu.system) / 1e6));
}
rates.sort((a, b) => a - b);
cpuRates.sort((a, b) => a - b);
const chars = inputs.reduce((s, i) => s + i.text.length + (i.title?.length ?? 0), 0) / inputs.length;
console.log(
  `triage: ${inputs.length} women's reviews (mean ${chars.toFixed(0)} chars), model ${model ? `bits=${model.bits}` : 'none (rules only)'}`,
);
const median = (xs: number[]) => Math.round(xs[Math.floor(xs.length / 2)]!).toLocaleString('en-US');
console.log(
  `signals/s, one thread (median of ${rounds} rounds): wall-clock ${median(rates)} [min ${Math.round(rates[0]!)}, max ${Math.round(rates[rounds - 1]!)}]; per CPU-second ${median(cpuRates)}  (labels ${sink})`,
);
