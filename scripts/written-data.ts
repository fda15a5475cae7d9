/**
 * Labelled texts written for the project (test-data/written/): customer reviews, tickets and chats
 * in languages the public datasets lack, labelled following LABELLING.md. Only the training files
 * (train-*.jsonl) are read here; held-out files in the same folder are never training data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledLine } from './build-labelled.js';
import { REPO } from './labelled-data.js';

export const WRITTEN_DIR = join(REPO, 'test-data', 'written');

interface WrittenRow {
  id: string;
  text: string;
  title?: string;
  language: string;
  labels: string[];
}

/**
 * The rows of every test-data/written/train-*.jsonl, as train-split labelled lines. `train-xx.jsonl`
 * rows were read while the language's phrases were written (sample `written`); rows of
 * `train-xx-independent.jsonl` were written by someone who never saw the phrases (sample
 * `independent`): the honest check of a language's phrases before they join the training. Other
 * `train-xx-NAME.jsonl` files (`-dev`: a held-out set after its one look) are read too, as sample
 * `written`. `check-*.jsonl` files (texts written to score a round of phrases before it) are not read.
 */
export function loadWritten(dir = WRITTEN_DIR): LabelledLine[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => /^train-[a-z]{2}(-[a-z0-9]+)?\.jsonl$/.test(f))
    .sort();
  const out: LabelledLine[] = [];
  for (const f of files) {
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .forEach((line, n) => {
        if (!line.trim()) return;
        const r = JSON.parse(line) as WrittenRow;
        if (!r.id || !r.text || !r.language || !Array.isArray(r.labels))
          throw new Error(`${f}:${n + 1}: needs id, text, language and labels`);
        out.push({
          id: r.id,
          text: r.text,
          title: r.title,
          language: r.language,
          labels: r.labels,
          split: 'train',
          sample: f.includes('-independent') ? 'independent' : 'written',
        });
      });
  }
  return out;
}
