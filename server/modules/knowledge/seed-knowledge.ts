import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { appendEvents } from '../../platform/events.js';
import { insertKnowledgeVersion, type KnowledgeKind } from './knowledge-repository.js';

export interface SeedEntry {
  id: string;
  kind: KnowledgeKind;
  title: string;
  body: string;
  sku: string | null;
  updatedAt: string;
}

/** Version 1 of entries a store starts from (the demo's manifest); loading twice adds nothing. */
export async function seedKnowledge(
  db: Kysely<DB> | Transaction<DB>,
  entries: SeedEntry[],
  opts: { actor: string; at: Date },
): Promise<number> {
  let inserted = 0;
  for (const e of entries) {
    const ok = await insertKnowledgeVersion(db, {
      id: e.id,
      version: 1,
      kind: e.kind,
      title: e.title,
      body: e.body,
      sku: e.sku,
      issueId: null,
      changeNote: 'imported',
      updatedBy: opts.actor,
      updatedAt: new Date(`${e.updatedAt.slice(0, 10)}T00:00:00Z`),
    });
    if (ok) inserted += 1;
  }
  if (inserted > 0)
    await appendEvents(db, [{ type: 'knowledge.imported', actor: opts.actor, at: opts.at, payload: { entries: inserted } }]);
  return inserted;
}
