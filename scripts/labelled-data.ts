/**
 * Shared loading for the label, training and Olist scripts: the raw datasets live outside the
 * repository (../shared/datasets), the label files inside it hold only keys and labels.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..');
export const DATASETS = process.env.WRITEBACK_DATASETS ?? resolve(REPO, '..', 'shared', 'datasets');
export const LABEL_DIR = join(REPO, 'test-data', 'labels');

export interface RawRow {
  key: string;
  text: string;
  title?: string;
  rating?: number;
  language: 'en' | 'pt';
  /** Olist crowd class, when the row comes from the Olist file. */
  olistClass?: string;
  sku?: string;
}

export function datasetsPresent(): boolean {
  return existsSync(join(DATASETS, 'holdout.txt'));
}

export function requireDatasets(script: string): void {
  if (!datasetsPresent()) {
    console.log(`${script}: skipped — ${DATASETS} is absent (the raw datasets are not in the repository).`);
    process.exit(0);
  }
}

export function loadHoldout(): Set<string> {
  const lines = readFileSync(join(DATASETS, 'holdout.txt'), 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
}

export function loadWomens(): RawRow[] {
  const rows = readCsv(join(DATASETS, 'womens-clothing-reviews', 'reviews.csv'));
  const out: RawRow[] = [];
  for (const r of rows) {
    const text = (r['Review Text'] ?? '').trim();
    const title = (r.Title ?? '').trim();
    if (!text && !title) continue;
    out.push({
      key: `womens-clothing-reviews:${r['']}`,
      text,
      title: title || undefined,
      rating: Number(r.Rating) || undefined,
      language: 'en',
      sku: r['Clothing ID'],
    });
  }
  return out;
}

export function loadOlist(): RawRow[] {
  const rows = readCsv(join(DATASETS, 'olist-classified', 'reviews.csv'));
  const out: RawRow[] = [];
  for (const r of rows) {
    const text = (r.review_comment_message ?? '').trim();
    const title = (r.review_comment_title ?? '').trim();
    if (!text && !title) continue;
    out.push({
      key: `olist-classified:${r.id}`,
      text,
      title: title || undefined,
      rating: Number(r.review_score) || undefined,
      language: 'pt',
      olistClass: r.most_voted_subclass || undefined,
    });
  }
  return out;
}

/** YYYY-MM-DD of a review date; copy 7 writes DD-MM-YYYY, copies 8 to 10 M/D/YYYY. */
export function day(date: string): string {
  const dmy = /^(\d\d)-(\d\d)-(\d{4})/.exec(date);
  if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(date);
  if (mdy) return `${mdy[3]}-${mdy[1]!.padStart(2, '0')}-${mdy[2]!.padStart(2, '0')}`;
  return date.slice(0, 10);
}

/**
 * The full Olist release's reviews (`olist_order_reviews_dataset.csv`) in the partial copies
 * OLIST_REVIEWS_CSV names, separated by ':' (test-data/labels/README.md says which copies, in that
 * order) that the classified release does not hold: a message, once per review_id across the copies,
 * and not the same message (lower-cased, punctuation and accents dropped) on the same day as a
 * classified row. Each row says which copy it was first found in. null when OLIST_REVIEWS_CSV is unset.
 */
export function loadOlistReviews(files = process.env.OLIST_REVIEWS_CSV): (RawRow & { copy: number })[] | null {
  if (!files) return null;
  const fold = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const classified = readCsv(join(DATASETS, 'olist-classified', 'reviews.csv'));
  const inRelease = new Set(classified.map((r) => `${fold(r.review_comment_message ?? '')}|${day(r.review_creation_date ?? '')}`));
  const seen = new Set<string>();
  const out: (RawRow & { copy: number })[] = [];
  for (const [copy, file] of files.split(':').entries()) {
    for (const r of readCsv(file)) {
      const text = (r.review_comment_message ?? '').replace(/\s+/g, ' ').trim();
      const id = r.review_id ?? '';
      if (!text || seen.has(id)) continue;
      seen.add(id);
      if (inRelease.has(`${fold(text)}|${day(r.review_creation_date ?? '')}`)) continue;
      const title = (r.review_comment_title ?? '').replace(/\s+/g, ' ').trim();
      out.push({
        key: `olist-reviews:${id}`,
        text,
        title: title || undefined,
        rating: Number(r.review_score) || undefined,
        language: 'pt',
        copy,
      });
    }
  }
  return out;
}

/** `sample`: how a train row was picked; `random` rows keep the class balance honest (the blend is fitted on them). */
export interface LabelLine {
  key: string;
  /** `holdout-freshN`: the Nth English look set; `holdout-olist-reviewsN`: the Nth Portuguese one. */
  split: 'train' | 'holdout' | `holdout-fresh${string}` | `holdout-olist-reviews${number}`;
  sample?: 'random' | 'targeted';
  labels: string[];
}

export function loadLabelFile(name: string): LabelLine[] {
  const path = join(LABEL_DIR, name);
  if (!existsSync(path)) return [];
  const out: LabelLine[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as LabelLine);
    } catch {
      /* a half-written line from a colleague */
    }
  }
  return out;
}
