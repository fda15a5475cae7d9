import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface StoredTheme {
  id: string;
  computedAt: Date;
  windowFrom: Date;
  size: number;
  topTerms: string[];
  representativeSignalId: number | null;
  representativeText: string;
  memberIds: number[];
  skus: string[];
}

/** Replaces the stored themes with this run's (a theme's id is its representative signal, so ids stay stable). */
export async function replaceThemes(db: Db, themes: StoredTheme[]): Promise<void> {
  await db.deleteFrom('themes').execute();
  if (themes.length === 0) return;
  await db
    .insertInto('themes')
    .values(
      themes.map((t) => ({
        id: t.id,
        computed_at: t.computedAt,
        window_from: t.windowFrom,
        size: t.size,
        top_terms: t.topTerms,
        representative_signal_id: t.representativeSignalId,
        representative_text: t.representativeText,
        member_ids: t.memberIds,
        skus: t.skus,
      })),
    )
    .execute();
}

export async function listThemes(db: Db): Promise<StoredTheme[]> {
  const rows = await db.selectFrom('themes').selectAll().orderBy('size', 'desc').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    computedAt: r.computed_at,
    windowFrom: r.window_from,
    size: r.size,
    topTerms: r.top_terms,
    representativeSignalId: r.representative_signal_id === null ? null : Number(r.representative_signal_id),
    representativeText: r.representative_text,
    memberIds: r.member_ids.map(Number),
    skus: r.skus,
  }));
}
