import { parse } from 'csv-parse/sync';
import { inspectionInput, type InspectionImportSummary } from '../../../contracts/inspections.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import { hasInspection, insertInspection } from './inspection-repository.js';

/** Column names a QA sheet uses, folded (lower case, no spaces, dashes or underscores) to the record's fields. */
const COLUMNS: Record<string, 'batch' | 'sku' | 'inspectedAt' | 'inspector' | 'result' | 'notes' | 'photos'> = {
  batch: 'batch',
  lot: 'batch',
  batchcode: 'batch',
  sku: 'sku',
  inspectedat: 'inspectedAt',
  date: 'inspectedAt',
  inspectiondate: 'inspectedAt',
  inspector: 'inspector',
  inspectedby: 'inspector',
  result: 'result',
  outcome: 'result',
  notes: 'notes',
  remarks: 'notes',
  photos: 'photos',
  photourls: 'photos',
};

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
/** Largest sheet taken at once: a QA log, not a data warehouse. */
export const MAX_INSPECTION_ROWS = 10_000;

/**
 * Inspection records from a CSV sheet (a header row; columns batch, sku, inspected_at or date,
 * inspector, result, notes, photos separated by spaces or semicolons). Each row is checked like
 * the API's input; a bad row is reported with its line and field and the rest still import. A
 * row already stored (same batch, SKU, time and inspector) is counted, not stored again.
 */
export async function importInspections(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  csv: string,
  actor: string,
): Promise<InspectionImportSummary> {
  let rows: string[][];
  try {
    rows = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    throw new AppError('invalid_input', `csv: not readable as CSV (${(e as Error).message.slice(0, 200)})`, [
      { path: 'csv', message: 'not readable as CSV' },
    ]);
  }
  const [header, ...body] = rows;
  const fields = (header ?? []).map((h) => COLUMNS[fold(h)]);
  const missing = (['batch', 'inspectedAt', 'inspector', 'result'] as const).filter((f) => !fields.includes(f));
  if (missing.length)
    throw new AppError('invalid_input', `csv: the header has no ${missing.join(', ')} column`, [
      { path: 'csv', message: `the header has no ${missing.join(', ')} column` },
    ]);
  if (body.length > MAX_INSPECTION_ROWS)
    throw new AppError('invalid_input', `csv: at most ${MAX_INSPECTION_ROWS} rows`, [
      { path: 'csv', message: `at most ${MAX_INSPECTION_ROWS} rows` },
    ]);
  const summary: InspectionImportSummary = { read: body.length, inserted: 0, duplicates: 0, rejected: 0, rejects: [] };
  for (const [i, row] of body.entries()) {
    const record: Record<string, unknown> = { photos: [] };
    for (const [c, f] of fields.entries()) {
      const v = row[c] ?? '';
      if (!f || v === '') continue;
      if (f === 'photos') record.photos = v.split(/[\s;]+/).filter(Boolean);
      else if (f === 'inspectedAt') record.inspectedAt = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v;
      else if (f === 'result') record.result = v.toLowerCase();
      else record[f] = v;
    }
    const parsed = inspectionInput.safeParse(record);
    if (!parsed.success) {
      summary.rejected++;
      if (summary.rejects.length < 100)
        summary.rejects.push({
          line: i + 2,
          errors: parsed.error.issues.map((x) => ({ path: x.path.join('.') || '(row)', message: x.message })),
        });
      continue;
    }
    const r = parsed.data;
    const at = ctx.clock.now();
    const stored = await ctx.db.transaction().execute(async (tx) => {
      if (await hasInspection(tx, r)) return false;
      const id = await insertInspection(tx, r, at);
      await emit(tx, {
        type: 'inspection.recorded',
        actor,
        at,
        subjectType: 'batch',
        subjectId: r.batch,
        payload: { id, result: r.result },
      });
      return true;
    });
    if (stored) summary.inserted++;
    else summary.duplicates++;
  }
  return summary;
}
