/**
 * Trains the reply guardrails' learned second opinion (server/modules/replies/guardrail-model.json)
 * on every labelled reply set (scripts/guardrail-rows.ts: dev.jsonl, the dev-outside sets and the
 * train-t* sets), and cross-validates the guardrails on them. The figure to tune
 * on is leave-one-writer-out (scripts/cv-guardrails-by-writer.ts).
 *   tsx scripts/train-guardrail-model.ts --cv 5     k-fold: frames alone, model alone and both, per threshold
 *   tsx scripts/train-guardrail-model.ts --cv-by-part   train on the other writers, score one (a dev part or an outside set)
 *   tsx scripts/train-guardrail-model.ts            train on the whole set and write the model
 * GUARDRAIL_THRESHOLD sets the model's confidence threshold (default 0.75). Folds come from each
 * row's id, so adding rows does not move the old ones between folds. Never reads a held-out set.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReply } from '../server/modules/replies/check-reply.js';
import { serializeGuardrailModel, trainGuardrailModel } from '../server/modules/replies/guardrail-model.js';
import { severityFor } from '../server/modules/replies/guardrail-codes.js';
import { learnedOpinion } from '../server/modules/replies/learned-opinion.js';
import { examplesOf as examples, type GuardrailRow as Row, loadGuardrailRows } from './guardrail-rows.js';

const REPO = join(import.meta.dirname, '..');
const OUT = join(REPO, 'server/modules/replies/guardrail-model.json');
const THRESHOLD = Number(process.env.GUARDRAIL_THRESHOLD ?? 0.75);
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

// Outside rows carry a prefix on their ids (x, y, t: their ids reuse the dev set's letters).
const rows: Row[] = loadGuardrailRows();

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Scored {
  row: Row;
  frames: boolean;
  /** The highest threshold at which the model's finding blocks on this row's channel (0: never). */
  pBad: number;
}

/** Frames-alone verdict and the model's verdict per row, from a model that never saw the row. */
function scoreHeldOut(split: (r: Row) => string): Scored[] {
  const groups = [...new Set(rows.map(split))].sort();
  const out: Scored[] = [];
  for (const g of groups) {
    const train = rows.filter((r) => split(r) !== g);
    const test = rows.filter((r) => split(r) === g);
    const model = trainGuardrailModel(examples(train));
    for (const r of test) {
      const frames = checkReply({ text: r.text, public: r.public }, { model: null }).some((f) => f.blocking);
      // The model's finding blocks only where its code blocks on the reply's channel (asking for an
      // order number privately is fine), so the probability counts only then.
      const opinion = learnedOpinion({ ...model, threshold: 0 }, r.text);
      const blocks = opinion.some((h) => severityFor(h.code, r.public) === 'block');
      out.push({ row: r, frames, pBad: blocks ? pBadOf(model, r.text) : 0 });
    }
  }
  return out;
}

function report(title: string, scored: Scored[]): void {
  const bad = scored.filter((s) => s.row.bad);
  const good = scored.filter((s) => !s.row.bad);
  const pct = (xs: unknown[], of: unknown[]) => `${((100 * xs.length) / Math.max(1, of.length)).toFixed(1)}%`.padStart(6);
  console.log(`\n${title}: ${scored.length} replies (${bad.length} bad, ${good.length} good)`);
  console.log('                          bad blocked  good blocked');
  const fb = bad.filter((s) => s.frames);
  const fg = good.filter((s) => s.frames);
  console.log(`  frames alone             ${pct(fb, bad)}       ${pct(fg, good)}`);
  for (const t of THRESHOLDS) {
    const mb = bad.filter((s) => s.pBad >= t);
    const mg = good.filter((s) => s.pBad >= t);
    const bb = bad.filter((s) => s.frames || s.pBad >= t);
    const bg = good.filter((s) => s.frames || s.pBad >= t);
    console.log(`  t=${t.toFixed(2)} model ${pct(mb, bad)} / ${pct(mg, good)}   frames+model ${pct(bb, bad)} / ${pct(bg, good)}`);
  }
  const langs = [...new Set(scored.map((s) => s.row.language ?? 'und'))].sort();
  console.log(`  per language at t=${THRESHOLD} (frames+model): bad blocked / good blocked`);
  for (const l of langs) {
    const lb = bad.filter((s) => (s.row.language ?? 'und') === l);
    const lg = good.filter((s) => (s.row.language ?? 'und') === l);
    console.log(
      `    ${l.padEnd(4)} ${pct(
        lb.filter((s) => s.frames || s.pBad >= THRESHOLD),
        lb,
      )} / ${pct(
        lg.filter((s) => s.frames || s.pBad >= THRESHOLD),
        lg,
      )}`,
    );
  }
}

function pBadOf(model: Parameters<typeof learnedOpinion>[0], text: string): number {
  // learnedOpinion answers at a threshold; bisect for the highest one it still answers at.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (learnedOpinion({ ...model, threshold: mid }, text).length > 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

const args = process.argv.slice(2);
if (args[0] === '--cv') {
  const k = Number(args[1] ?? 5);
  report(
    `${k}-fold cross-validation`,
    scoreHeldOut((r) => String(fnv(r.id) % k)),
  );
} else if (args[0] === '--cv-by-part') {
  const scored = scoreHeldOut((r) => r.writer);
  for (const writer of [...new Set(scored.map((s) => s.row.writer))].sort()) {
    report(
      `${writer}, model trained on the other writers`,
      scored.filter((s) => s.row.writer === writer),
    );
  }
} else {
  const model = trainGuardrailModel(examples(rows), { threshold: THRESHOLD });
  const serialized = serializeGuardrailModel(model);
  writeFileSync(OUT, JSON.stringify({ ...serialized, trainedAt: serialized.trainedAt.slice(0, 10) }) + '\n');
  console.log(`wrote ${OUT}: ${model.examples} examples, 2^${model.bits} features, threshold ${model.threshold}`);
}
