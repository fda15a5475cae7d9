/**
 * Picks non-held-out, not-yet-labelled rows whose text matches a keyword pattern for a weak type,
 * in a seeded order (mulberry32, Fisher-Yates over matching rows in CSV order), for hand labelling.
 * Rows in holdout.txt and rows in any label file (any split) are dropped before anything is printed.
 *   tsx scripts/pick-targeted.ts en|pt GROUP N SEED
 */
import { readdirSync } from 'node:fs';
import { LABEL_DIR, loadHoldout, loadLabelFile, loadOlist, loadWomens, requireDatasets } from './labelled-data.js';
import { mulberry32 } from '../server/lib/random.js';

export const PATTERNS: Record<string, RegExp> = {
  'en-listing':
    /\b(not as (pictured|shown|described|advertised)|nothing like|different (than|from) (the |what )?(picture|photo|pic|image|online|website|description)|than (it looks |it appears |shown |pictured )?(in|on) the (picture|photo|pic|model|website|site)|(picture|photo|pic)s? (make|made|makes) it|misleading|looks? (nothing|different)|described as|description (says|said))/i,
  'en-material':
    /\b(thin|cheap(ly)?|see[- ]through|sheer|itchy|scratchy|pill(s|ed|ing)?|flimsy|poor quality|low quality|quality (is|was) (poor|bad|not)|polyester|stiff|wrinkl|synthetic)\b/i,
  'en-defect':
    /\b(hole|holes|ripped|rip|tore|torn|unravel\w*|came apart|fell apart|seam (came|split|ripped)|zipper (broke|split|came)|button(s)? (fell|came)|snag\w*|threads? (came|pulled))\b/i,
  'pt-wrong':
    /(errad|trocad|outro produto|veio outr|diferente do que (pedi|comprei)|não (é|era|foi) o que (pedi|comprei)|enviaram (outr|o errado)|cor diferente|modelo diferente|tamanho diferente)/i,
  'pt-listing': /(anunciad|anúncio|anuncio|na foto|da foto|descrição|descricao|descrito|propaganda|diferente do site|no site)/i,
  'pt-defect': /(defeito|parou de|não funciona|nao funciona|não liga|nao liga|estragou|vazand|vazou|descolou|soltou|rasgou|quebrou)/i,
  'pt-damaged': /(quebrad|amassad|avariad|danificad|riscad|trincad|arranhad|embalagem (violada|rasgada|aberta))/i,
  'pt-material': /(qualidade (ruim|péssima|baixa|inferior)|frágil|fragil|material (fraco|ruim|péssimo)|muito fin[oa]|vagabund|tecido)/i,
};

function main() {
  requireDatasets('pick-targeted');
  const [lang, group, n, seed] = process.argv.slice(2);
  const re = PATTERNS[`${lang}-${group}`];
  if (!re) throw new Error(`group: one of ${Object.keys(PATTERNS).join(', ')}`);
  const holdout = loadHoldout();
  const labelled = new Set<string>();
  for (const f of readdirSync(LABEL_DIR).filter((f) => f.endsWith('.jsonl'))) for (const l of loadLabelFile(f)) labelled.add(l.key);
  const skip = new Set((process.env.PICK_SKIP ?? '').split(',').filter(Boolean));
  const rows = (lang === 'en' ? loadWomens() : loadOlist()).filter(
    (r) => !holdout.has(r.key) && !labelled.has(r.key) && !skip.has(r.key) && r.text && re.test(`${r.title ?? ''} ${r.text}`),
  );
  const rnd = mulberry32(Number(seed));
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  console.error(`${rows.length} candidates`);
  for (const r of rows.slice(0, Number(n))) console.log(JSON.stringify({ key: r.key, rating: r.rating, title: r.title, text: r.text }));
}
main();
