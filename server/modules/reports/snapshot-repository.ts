import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Stores a report once: a period already stored keeps its first version. Returns whether this call stored it. */
export async function saveSnapshot(
  db: Db,
  s: { kind: string; period: string; zone: string; generatedAt: Date; report: unknown },
): Promise<boolean> {
  const r = await db
    .insertInto('report_snapshots')
    .values({ kind: s.kind, period: s.period, zone: s.zone, generated_at: s.generatedAt, report: JSON.stringify(s.report) })
    .onConflict((oc) => oc.columns(['kind', 'period', 'zone']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findSnapshot<T>(db: Db, kind: string, period: string, zone: string): Promise<T | null> {
  const row = await db
    .selectFrom('report_snapshots')
    .select('report')
    .where('kind', '=', kind)
    .where('period', '=', period)
    .where('zone', '=', zone)
    .executeTakeFirst();
  return (row?.report as T | undefined) ?? null;
}

export async function listSnapshots(db: Db, kind: string, limit: number): Promise<{ period: string; zone: string; generatedAt: Date }[]> {
  const rows = await db
    .selectFrom('report_snapshots')
    .select(['period', 'zone', 'generated_at'])
    .where('kind', '=', kind)
    .orderBy('period', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ period: r.period, zone: r.zone, generatedAt: r.generated_at }));
}
