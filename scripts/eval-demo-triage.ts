/**
 * How well triage reads the demo store's own wording: the generator records what each signal
 * was meant to say (labels), so the demo's issues are only as good as this score.
 *   npx tsx scripts/eval-demo-triage.ts [seed]
 */
import { generateDemoStore } from '../server/demo/generate-demo-store.js';
import { triageSignal } from '../server/modules/triage/triage-signal.js';
import { evaluate, formatEvaluation } from '../server/modules/triage/evaluate.js';
import { loadBaseModel } from '../server/modules/triage/base-model.js';

const store = generateDemoStore({ seed: Number(process.argv[2] ?? 1) });
const model = loadBaseModel();
const predicted = store.signals.map((s) => triageSignal(s, { model }).issueTypes as string[]);
const gold = store.labels.map((l) => l.issueTypes as string[]);
console.log(formatEvaluation(evaluate(predicted, gold, 10)));
const stageOk = store.signals.filter((s, i) => triageSignal(s, { model }).stage === store.labels[i]!.stage).length;
console.log(`stage accuracy ${(stageOk / store.signals.length).toFixed(3)} over ${store.signals.length} signals`);
