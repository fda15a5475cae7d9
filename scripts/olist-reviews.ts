/**
 * Portuguese rows from Olist reviews that the classified release in ../shared/datasets does not hold
 * (`olist_order_reviews_dataset.csv` of the Brazilian E-Commerce Public Dataset by Olist, CC BY-NC-SA
 * 4.0; test-data/labels/README.md names the copy). No text is stored in the repository: labels are
 * keyed by review_id and the text is joined from the file given.
 *   tsx scripts/olist-reviews.ts sample FILES SEED [FROM TO]  > rows to label, in seeded order (JSONL)
 *   tsx scripts/olist-reviews.ts build FILES SPLIT OUTDIR     > that split's rows for `writeback eval triage`
 * FILES: the copies the README names, in its order, separated by ':'. `sample` draws from the last
 * copy's reviews that no earlier copy holds (each copy's sha256 is checked, so the order is reproducible).
 * `build` writes two forms of every labelled row: `release` (lower case, punctuation and emoji
 * dropped, as the classified release prints its texts) and `original`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLabelFile, loadOlistReviews } from './labelled-data.js';
import { mulberry32 } from '../server/lib/random.js';

/** The copies, in the order FILES lists them (test-data/labels/README.md). */
const SHA256 = [
  '04538d48228b2af630ee810850372d1735ab66c0996d6613e81aadc742febcc2',
  'e632efc8fac0b0f3f6829b57a4d65e3b194faf90ba9dd00e50dcdb63cdd7b3c6',
  'b5cd874de16ebc186b659b6f5c391f4319aa3394ce129a7fe0a6291d0d84f8e0',
  '11fe0e8b882bc94d9baff7f83a832cefc35d5e82e864948c3831a4cbdcdd2236',
  '20ea0c90c4869c1987c8553c86260e043faa468292de71f04553e0a764d4861a',
  '6eaddc7a9f57bf464077b7e250d785262b8961a3320c62e01fc8894cd35c5a6c',
  '675ac1e7723720963ad81089f42dca7770dc8847cf9f970c8a24e53a6aad5df4',
  '8e1bb6a5e92993447446917870b7a208900cdf83f08d443e49750683241e12bb',
  'c68fc91274238564812d2379caa0e94bf3c3a1c04aad3dcfe8eb3e0d707cd6f4',
  '3136cf8b8101542af1def49f31c17e682a28e624a8c03408cdf48a5e701cb9c2',
];
const OLIST_REVIEWS_LABELS = 'olist-reviews.jsonl';

/** The classified release's form: lower case, every character that is not a letter or digit gone. */
const releaseForm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function main(): void {
  const [mode, file, a, b] = process.argv.slice(2);
  const usage = 'usage: sample FILES SEED [FROM TO] | build FILES SPLIT OUTDIR';
  if (!file) throw new Error(usage);
  const all = loadOlistReviews(file)!;
  if (mode === 'sample') {
    const files = file.split(':');
    for (const [i, f] of files.entries()) {
      const sha = createHash('sha256').update(readFileSync(f)).digest('hex');
      if (sha !== SHA256[i]) throw new Error(`${f}: sha256 ${sha}, expected ${SHA256[i]} (copy ${i + 1} of the README)`);
    }
    const rows = all.filter((r) => r.copy === files.length - 1);
    const rnd = mulberry32(Number(a));
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    console.error(`${rows.length} eligible reviews`);
    const [from, to] = process.argv.slice(5).map(Number);
    for (const r of rows.slice(from ?? 0, to ?? rows.length)) console.log(JSON.stringify(r));
    return;
  }
  if (mode !== 'build' || !a || !b) throw new Error(usage);
  const byKey = new Map(all.map((r) => [r.key, r]));
  const labels = loadLabelFile(OLIST_REVIEWS_LABELS).filter((l) => l.split === a);
  for (const form of ['release', 'original'] as const) {
    const shape = form === 'release' ? releaseForm : (s: string) => s;
    const lines = labels.map((l) => {
      const r = byKey.get(l.key);
      if (!r) throw new Error(`${OLIST_REVIEWS_LABELS}: ${l.key} is not an eligible review of ${file}`);
      return JSON.stringify({
        id: l.key,
        text: shape(r.text),
        title: r.title ? shape(r.title) : undefined,
        rating: r.rating,
        language: 'pt',
        labels: l.labels,
      });
    });
    writeFileSync(join(b, `olist-reviews-${form}.jsonl`), `${lines.join('\n')}\n`);
    console.log(`${join(b, `olist-reviews-${form}.jsonl`)}: ${lines.length} lines`);
  }
}
main();
