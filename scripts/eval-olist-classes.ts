/**
 * Does triage recover the Olist crowd's coarse class? For each Olist row with a class we can map
 * (late, partial delivery, not as advertised, low quality, return, satisfied / early), the row
 * counts as recovered when triage's issue types include that class's type. Also prints a
 * stricter reading: triage's top label is that type.
 *   tsx scripts/eval-olist-classes.ts              held-out rows (holdout.txt), the reported figure
 *   tsx scripts/eval-olist-classes.ts --not-held   the other rows, for tuning
 *   --rules-only                                   without the base model
 */
import { loadBaseModel } from '../server/modules/triage/base-model.js';
import { triageSignal } from '../server/modules/triage/triage-signal.js';
import { loadHoldout, loadOlist, requireDatasets } from './labelled-data.js';

// "diferente do anunciado" is the crowd's name for any item that is not what the customer expected
// from the order page: in the not-held-out rows about half are "comprei X e veio Y", which
// LABELLING.md (rule 11) calls wrong_item, so both types recover it.
export const OLIST_CLASS_TYPES: Record<string, string[]> = {
  atrasado: ['delivery_delay'], entrega_parcial: ['missing_item'], diferente_do_anunciado: ['listing_mismatch', 'wrong_item'],
  baixa_qualidade: ['material_quality', 'defect'], devolucao: ['returns_refunds'], satisfeito: ['praise'], antes_prazo: ['praise'],
};

function main(): void {
  requireDatasets('eval-olist-classes');
  const holdout = loadHoldout();
  const held = !process.argv.includes('--not-held');
  const model = process.argv.includes('--rules-only') ? null : loadBaseModel();
  const rows = loadOlist().filter((r) => holdout.has(r.key) === held && r.olistClass && OLIST_CLASS_TYPES[r.olistClass]);
  const byClass = new Map<string, { n: number; hit: number; top: number }>();
  let hit = 0;
  let top = 0;
  for (const r of rows) {
    const want = OLIST_CLASS_TYPES[r.olistClass!];
    const result = triageSignal({ text: r.text || r.title || '', title: r.text ? r.title : undefined, language: 'pt' }, { model });
    const ok = result.issueTypes.some((t) => want.includes(t));
    const topOk = result.labels.length > 0 && want.includes(result.labels[0].type);
    const c = byClass.get(r.olistClass!) ?? { n: 0, hit: 0, top: 0 };
    c.n++; c.hit += ok ? 1 : 0; c.top += topOk ? 1 : 0;
    byClass.set(r.olistClass!, c);
    hit += ok ? 1 : 0;
    top += topOk ? 1 : 0;
  }
  console.log(`Olist ${held ? 'held-out' : 'not-held-out'} rows with a mappable class: ${rows.length} (${model ? 'rules + base model' : 'rules only'})`);
  console.log(`${'class'.padEnd(24)} ${'rows'.padStart(5)} ${'recovered'.padStart(9)} ${'top label'.padStart(9)}`);
  for (const [cls, c] of [...byClass].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`${cls.padEnd(24)} ${String(c.n).padStart(5)} ${(c.hit / c.n).toFixed(3).padStart(9)} ${(c.top / c.n).toFixed(3).padStart(9)}`);
  }
  console.log(`accuracy (class type among triage's types): ${(hit / rows.length).toFixed(3)}   top label: ${(top / rows.length).toFixed(3)}`);
}

if (process.argv[1]?.endsWith("eval-olist-classes.ts")) main();
