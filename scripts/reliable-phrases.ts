/**
 * Which built-in Portuguese problem phrases are right nearly every time they fire, measured with the
 * rules alone on the labelled Portuguese training rows (real and written): at least 5 rows and at
 * least 90% of them labelled with the phrase's type. Writes server/modules/triage/reliable-phrases.json,
 * whose phrases keep their label next to a model that reads the text otherwise (blend.ts).
 *   OLIST_REVIEWS_CSV=… npx tsx scripts/reliable-phrases.ts
 * A phrase's id is its text, so an edited phrase leaves the list until this runs again.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTokens } from '../server/modules/triage/language.js';
import { scoreRules } from '../server/modules/triage/rules.js';
import { agentText, fold } from '../server/modules/triage/text.js';
import { buildLabelled } from './build-labelled.js';
import { REPO, loadHoldout, requireDatasets } from './labelled-data.js';
import { loadWritten } from './written-data.js';

const MIN_ROWS = 5;
const MIN_PRECISION = 0.9;

function main(): void {
  requireDatasets('reliable-phrases');
  if (!process.env.OLIST_REVIEWS_CSV) throw new Error('set OLIST_REVIEWS_CSV (test-data/labels/README.md, olist-reviews.jsonl)');
  const holdout = loadHoldout();
  const rows = [...buildLabelled().lines.filter((l) => l.split === 'train' && !holdout.has(l.id)), ...loadWritten()].filter(
    (l) => l.language === 'pt',
  );
  const seen = new Map<string, { rows: number; right: number }>();
  for (const r of rows) {
    const text = agentText(r.text, r.title);
    const { tokens, language } = readTokens(fold(text), text, 'pt');
    for (const [type, label] of scoreRules(text, tokens, language, null)) {
      if (type === 'praise' || label.weight <= 0) continue;
      for (const id of new Set(label.spans.map((s) => s.rule))) {
        if (!id) continue;
        const s = seen.get(id) ?? { rows: 0, right: 0 };
        s.rows++;
        if (r.labels.includes(type)) s.right++;
        seen.set(id, s);
      }
    }
  }
  const reliable = [...seen]
    .filter(([, s]) => s.rows >= MIN_ROWS && s.right / s.rows >= MIN_PRECISION)
    .map(([id]) => id)
    .sort();
  const out = join(REPO, 'server', 'modules', 'triage', 'reliable-phrases.json');
  writeFileSync(out, `${JSON.stringify(reliable, null, 1)}\n`);
  console.log(`${rows.length} Portuguese rows, ${seen.size} phrases fired, ${reliable.length} reliable → ${out}`);
}
main();
