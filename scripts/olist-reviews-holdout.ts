/**
 * A Portuguese held-out set from Olist reviews that the "classified" release in ../shared/datasets
 * does not hold. Source: `olist_order_reviews_dataset.csv` of the Brazilian E-Commerce Public
 * Dataset by Olist (CC BY-NC-SA 4.0); the copy used (its sha256 is checked) is documented in
 * test-data/labels/README.md. No text is stored in the repository: labels are keyed by review_id
 * and the text is joined from the file given.
 *   tsx scripts/olist-reviews-holdout.ts sample FILE N SEED   > rows to label (JSONL, original text)
 *   tsx scripts/olist-reviews-holdout.ts build FILE OUTDIR    > eval files for `writeback eval triage`
 * `build` writes two forms of every labelled row: `release` (lower case, punctuation and emoji
 * dropped, as the classified release prints its texts) and `original`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadLabelFile } from './labelled-data.js';

const SHA256 = '04538d48228b2af630ee810850372d1735ab66c0996d6613e81aadc742febcc2';
const CLASSIFIED = join(import.meta.dirname, '..', '..', 'shared', 'datasets', 'olist-classified', 'reviews.csv');
const LABELS = 'olist-reviews-holdout.jsonl';

function mulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The classified release's form: lower case, every character that is not a letter or digit gone. */
export const releaseForm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const matchKey = (s: string) =>
  releaseForm(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

interface Review {
  key: string;
  rating: number;
  title?: string;
  text: string;
}

/** Reviews with a message, once per review_id, minus every review the classified release holds (same text, same day). */
function eligible(file: string): Review[] {
  const buf = readFileSync(file);
  const sha = createHash('sha256').update(buf).digest('hex');
  if (sha !== SHA256) throw new Error(`${file}: sha256 ${sha}, expected ${SHA256}`);
  const rows = parse(buf, { columns: true, relax_quotes: true }) as Record<string, string>[];
  const classified = parse(readFileSync(CLASSIFIED), { columns: true }) as Record<string, string>[];
  const inRelease = new Set(
    classified.map((r) => `${matchKey(r.review_comment_message ?? '')}|${(r.review_creation_date ?? '').slice(0, 10)}`),
  );
  const seen = new Set<string>();
  const out: Review[] = [];
  for (const r of rows) {
    const text = (r.review_comment_message ?? '').replace(/\s+/g, ' ').trim();
    const id = r.review_id ?? '';
    if (!text || seen.has(id)) continue;
    seen.add(id);
    if (inRelease.has(`${matchKey(text)}|${(r.review_creation_date ?? '').slice(0, 10)}`)) continue;
    const title = (r.review_comment_title ?? '').replace(/\s+/g, ' ').trim();
    out.push({ key: `olist-reviews:${id}`, rating: Number(r.review_score), title: title || undefined, text });
  }
  return out;
}

function main(): void {
  const [mode, file, a, b] = process.argv.slice(2);
  if (!file) throw new Error('usage: sample FILE N SEED | build FILE OUTDIR');
  const rows = eligible(file);
  if (mode === 'sample') {
    const rnd = mulberry32(Number(b));
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    console.error(`${rows.length} eligible reviews`);
    for (const r of rows.slice(0, Number(a))) console.log(JSON.stringify(r));
    return;
  }
  if (mode !== 'build' || !a) throw new Error('usage: sample FILE N SEED | build FILE OUTDIR');
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const labels = loadLabelFile(LABELS);
  for (const form of ['release', 'original'] as const) {
    const lines = labels.map((l) => {
      const r = byKey.get(l.key);
      if (!r) throw new Error(`${LABELS}: ${l.key} is not an eligible review of ${file}`);
      const shape = form === 'release' ? releaseForm : (s: string) => s;
      return JSON.stringify({
        id: l.key,
        text: shape(r.text),
        title: r.title ? shape(r.title) : undefined,
        rating: r.rating,
        language: 'pt',
        labels: l.labels,
      });
    });
    writeFileSync(join(a, `olist-reviews-${form}.jsonl`), `${lines.join('\n')}\n`);
    console.log(`${join(a, `olist-reviews-${form}.jsonl`)}: ${lines.length} lines`);
  }
}
main();
