import type { Kysely, Transaction } from 'kysely';
import type { InspectionInput, InspectionRecord, InspectionResult } from '../../../contracts/inspections.js';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertInspection(db: Db, r: InspectionInput, at: Date): Promise<number> {
  const row = await db
    .insertInto('inspection_records')
    .values({
      batch: r.batch,
      sku: r.sku ?? null,
      inspected_at: r.inspectedAt,
      inspector: r.inspector,
      result: r.result,
      notes: r.notes ?? null,
      photos: JSON.stringify(r.photos),
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The records of these batches (and, when given, of this SKU or of no SKU), newest first. */
export async function inspectionsOf(db: Db, f: { batches: string[]; sku?: string }): Promise<InspectionRecord[]> {
  if (f.batches.length === 0) return [];
  let q = db.selectFrom('inspection_records').selectAll().where('batch', 'in', f.batches);
  if (f.sku) q = q.where((eb) => eb.or([eb('sku', '=', f.sku!), eb('sku', 'is', null)]));
  const rows = await q.orderBy('inspected_at', 'desc').orderBy('id', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    batch: r.batch,
    sku: r.sku,
    inspectedAt: r.inspected_at.toISOString(),
    inspector: r.inspector,
    result: r.result as InspectionResult,
    notes: r.notes,
    photos: r.photos,
  }));
}

/** Whether this record is already stored: same batch, SKU, time and inspector. */
export async function hasInspection(db: Db, r: Pick<InspectionInput, 'batch' | 'sku' | 'inspectedAt' | 'inspector'>): Promise<boolean> {
  let q = db
    .selectFrom('inspection_records')
    .select('id')
    .where('batch', '=', r.batch)
    .where('inspected_at', '=', new Date(r.inspectedAt))
    .where('inspector', '=', r.inspector);
  q = r.sku ? q.where('sku', '=', r.sku) : q.where('sku', 'is', null);
  return (await q.limit(1).executeTakeFirst()) !== undefined;
}
