import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, KnowledgeEntriesTable } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export const KNOWLEDGE_KINDS = ['macro', 'faq', 'chatbot'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export interface KnowledgeVersion {
  id: string;
  version: number;
  kind: KnowledgeKind;
  title: string;
  body: string;
  sku: string | null;
  issueId: number | null;
  changeNote: string | null;
  updatedBy: string;
  updatedAt: Date;
}

const toVersion = (r: Selectable<KnowledgeEntriesTable>): KnowledgeVersion => ({
  id: r.id,
  version: r.version,
  kind: r.kind as KnowledgeKind,
  title: r.title,
  body: r.body,
  sku: r.sku,
  issueId: r.issue_id === null ? null : Number(r.issue_id),
  changeNote: r.change_note,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** Inserts a version; an existing (id, version) is left alone (two writers racing: one wins, the other retries). */
export async function insertKnowledgeVersion(db: Db, v: KnowledgeVersion): Promise<boolean> {
  const r = await db
    .insertInto('knowledge_entries')
    .values({
      id: v.id,
      version: v.version,
      kind: v.kind,
      title: v.title,
      body: v.body,
      sku: v.sku,
      issue_id: v.issueId,
      change_note: v.changeNote,
      updated_by: v.updatedBy,
      updated_at: v.updatedAt,
    })
    .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The current version of each entry. */
export async function currentKnowledge(db: Db, f: { kind?: string; sku?: string; ids?: string[] } = {}): Promise<KnowledgeVersion[]> {
  const rows = await sql<Selectable<KnowledgeEntriesTable>>`
    SELECT DISTINCT ON (id) * FROM knowledge_entries
    WHERE (${f.kind ?? null}::text IS NULL OR kind = ${f.kind ?? null})
      AND (${f.sku ?? null}::text IS NULL OR sku = ${f.sku ?? null})
      AND (${f.ids ?? null}::text[] IS NULL OR id = ANY(${f.ids ?? null}::text[]))
    ORDER BY id, version DESC`.execute(db);
  return rows.rows.map(toVersion);
}

export async function knowledgeHistory(db: Db, id: string): Promise<KnowledgeVersion[]> {
  const rows = await db.selectFrom('knowledge_entries').selectAll().where('id', '=', id).orderBy('version', 'desc').execute();
  return rows.map(toVersion);
}
