/**
 * Joins the label files (keys and labels only) with the raw datasets into JSONL the CLI reads:
 * `{id, text, title?, rating?, language, labels, split}`. Writes train / holdout files per dataset
 * and combined. Usage: tsx scripts/build-labelled.ts [--out DIR]   (default: $TMPDIR/writeback-labelled)
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LABEL_DIR,
  loadHoldout,
  loadLabelFile,
  loadOlist,
  loadOlistReviews,
  loadWomens,
  requireDatasets,
  type RawRow,
} from './labelled-data.js';

export interface LabelledLine {
  id: string;
  text: string;
  title?: string;
  rating?: number;
  language: string;
  labels: string[];
  split: string;
  sample?: string;
}

/**
 * The training files, then every look set (`holdout-fresh*.jsonl`, in number order), so a new look set needs
 * no edit here. `womens-round10.jsonl` stays out: training on it lowered the English CV and the demo store
 * (docs/triage.md).
 */
function labelFiles(): string[] {
  const looks = readdirSync(LABEL_DIR)
    .filter((f) => /^holdout-fresh\d*\.jsonl$/.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return ['womens.jsonl', 'olist.jsonl', 'olist-reviews.jsonl', ...looks];
}

export function buildLabelled(): { lines: LabelledLine[]; missing: string[]; conflicts: string[] } {
  const raw = new Map<string, RawRow>();
  for (const r of [...loadWomens(), ...loadOlist(), ...(loadOlistReviews() ?? [])]) raw.set(r.key, r);
  const holdout = loadHoldout();
  const lines: LabelledLine[] = [];
  const missing: string[] = [];
  const conflicts: string[] = [];
  for (const file of labelFiles()) {
    for (const l of loadLabelFile(file)) {
      const r = raw.get(l.key);
      if (!r) {
        missing.push(l.key);
        continue;
      }
      // holdout.txt wins over a label file's split: a held-out row is never training data.
      const split = holdout.has(l.key) && l.split === 'train' ? 'holdout' : l.split;
      if (split !== l.split) conflicts.push(l.key);
      lines.push({
        id: l.key,
        text: r.text || r.title || '',
        title: r.text ? r.title : undefined,
        rating: r.rating,
        language: r.language,
        labels: l.labels,
        split,
        sample: l.sample,
      });
    }
  }
  return { lines, missing, conflicts };
}

function main(): void {
  requireDatasets('build-labelled');
  const outIdx = process.argv.indexOf('--out');
  const out = (outIdx > 0 ? process.argv[outIdx + 1] : undefined) ?? join(tmpdir(), 'writeback-labelled');
  mkdirSync(out, { recursive: true });
  const { lines, missing, conflicts } = buildLabelled();
  const groups: Record<string, LabelledLine[]> = {};
  for (const l of lines) {
    const ds = l.id.startsWith('olist') ? 'olist' : 'womens';
    for (const name of [`${ds}-${l.split}`, `all-${l.split}`]) (groups[name] ??= []).push(l);
  }
  for (const [name, ls] of Object.entries(groups)) {
    writeFileSync(join(out, `${name}.jsonl`), ls.map((l) => JSON.stringify(l)).join('\n') + '\n');
    console.log(`${join(out, `${name}.jsonl`)}: ${ls.length} lines`);
  }
  if (missing.length) console.log(`keys not found in the datasets: ${missing.length} (${missing.slice(0, 5).join(', ')}…)`);
  if (conflicts.length) console.log(`rows moved to holdout because holdout.txt lists them: ${conflicts.length}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
