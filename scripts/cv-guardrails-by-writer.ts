/**
 * Leave one writer out: for each writer of the guardrail sets (a dev part, or an outside set), train
 * the model on every other writer's replies and score this writer's with frames and model together,
 * the way `checkReply` decides. This is the figure to tune on: the held-out set comes from a writer
 * nobody has seen. The frames were written with every set but the newest in view, so on those sets
 * the figure says what the model adds to frames that already cover them; on a set scored before
 * anyone read it, it says what new wording meets.
 *   npx tsx scripts/cv-guardrails-by-writer.ts [--only dev-outside2,train-t2] [--thresholds 0.6,0.7,0.8]
 */
import { checkReply } from '../server/modules/replies/check-reply.js';
import { severityFor } from '../server/modules/replies/guardrail-codes.js';
import { type GuardrailModel, trainGuardrailModel } from '../server/modules/replies/guardrail-model.js';
import { learnedOpinion } from '../server/modules/replies/learned-opinion.js';
import { examplesOf, type GuardrailRow, loadGuardrailRows } from './guardrail-rows.js';

interface Scored {
  row: GuardrailRow;
  frames: boolean;
  /** The highest threshold at which the model's finding blocks on this row's channel (0: never). */
  pBad: number;
}

/** The highest threshold at which the model still blocks the reply on its channel (bisected). */
function blockingThreshold(model: GuardrailModel, row: GuardrailRow): number {
  const blocks = (t: number) =>
    learnedOpinion({ ...model, threshold: t }, row.text).some((h) => severityFor(h.code, row.public) === 'block');
  if (!blocks(0)) return 0;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (blocks(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const rows = loadGuardrailRows();
const writers = [...new Set(rows.map((r) => r.writer))].sort();
const only = arg('--only')?.split(',') ?? writers;
const thresholds = (arg('--thresholds') ?? '0.6,0.7,0.8,0.9').split(',').map(Number);

const scored: Scored[] = [];
for (const w of writers.filter((x) => only.includes(x))) {
  const model = trainGuardrailModel(examplesOf(rows.filter((r) => r.writer !== w)));
  for (const row of rows.filter((r) => r.writer === w)) {
    const frames = checkReply({ text: row.text, public: row.public }, { model: null }).some((f) => f.blocking);
    scored.push({ row, frames, pBad: blockingThreshold(model, row) });
  }
}

const pct = (k: number, n: number) => (n === 0 ? '    –' : `${((100 * k) / n).toFixed(1)}%`.padStart(6));
const blockedAt = (s: Scored, t: number) => s.frames || s.pBad >= t;
const CATS = ['data_request', 'review_change', 'incentive', 'blame', 'empty_template', 'promise'];

function table(title: string, group: (s: Scored) => string): void {
  for (const t of thresholds) {
    console.log(`\n${title}, model threshold ${t}: bad blocked, good blocked, bad blocked per category`);
    console.log(`${''.padEnd(14)}   bad    good  ${CATS.map((c) => c.slice(0, 8).padStart(8)).join(' ')}`);
    const keys = [...new Set(scored.map(group))].sort();
    for (const k of [...keys, 'all']) {
      const g = scored.filter((s) => k === 'all' || group(s) === k);
      const bad = g.filter((s) => s.row.bad);
      const good = g.filter((s) => !s.row.bad);
      const cats = CATS.map((c) => {
        const b = bad.filter((s) => s.row.category === c);
        return pct(b.filter((s) => blockedAt(s, t)).length, b.length).padStart(8);
      });
      console.log(
        `${k.padEnd(14)} ${pct(bad.filter((s) => blockedAt(s, t)).length, bad.length)} ${pct(good.filter((s) => blockedAt(s, t)).length, good.length)}  ${cats.join(' ')}`,
      );
    }
  }
}

table('frames alone and frames+model, per writer (model trained on the others)', (s) => s.row.writer);
const bad = scored.filter((s) => s.row.bad);
const good = scored.filter((s) => !s.row.bad);
console.log(
  `\nframes alone: ${pct(bad.filter((s) => s.frames).length, bad.length)} of bad blocked, ${pct(good.filter((s) => s.frames).length, good.length)} of good`,
);
// The frames were written with these sets in view; the model alone is the part scored out of writer.
for (const t of thresholds) {
  console.log(
    `model alone at ${t}: ${pct(bad.filter((s) => s.pBad >= t).length, bad.length)} of bad blocked, ${pct(good.filter((s) => s.pBad >= t).length, good.length)} of good; on what the frames let through: ${pct(bad.filter((s) => !s.frames && s.pBad >= t).length, bad.filter((s) => !s.frames).length)} of bad`,
  );
}
// Replies whose category only warns on their channel (blame, an empty template, an outcome promise in
// private) cannot be blocked by design; the public rows are the figure a public thread sees.
const pub = scored.filter((s) => s.row.public);
for (const t of thresholds) {
  const pb = pub.filter((s) => s.row.bad);
  const pg = pub.filter((s) => !s.row.bad);
  console.log(
    `public replies at ${t}: ${pct(pb.filter((s) => blockedAt(s, t)).length, pb.length)} of bad blocked, ${pct(pg.filter((s) => blockedAt(s, t)).length, pg.length)} of good`,
  );
}
if (process.argv.includes('--list')) {
  const t = thresholds[0]!;
  for (const s of scored) {
    if (s.row.bad !== blockedAt(s, t))
      console.log(
        `${s.row.bad ? 'MISS' : 'FALSE'} ${s.row.id} ${s.row.category} ${s.row.public ? 'pub' : 'priv'} p=${s.pBad.toFixed(2)} ${s.row.text}`,
      );
  }
}
