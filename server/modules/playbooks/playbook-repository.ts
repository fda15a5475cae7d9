import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { type Playbook, playbookSchema } from './types.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface StoredPlaybook {
  playbook: Playbook;
  edited: boolean;
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

/**
 * Seeds the shipped defaults and refreshes the ones the seller never edited, so a release's
 * better wording reaches every store while a seller's own version is never overwritten.
 */
export async function seedDefaultPlaybooks(db: Db, defaults: readonly Playbook[]): Promise<void> {
  if (defaults.length === 0) return;
  await db
    .insertInto('playbooks')
    .values(defaults.map((p) => ({ id: p.id, definition: JSON.stringify(p), edited: false })))
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({ definition: eb.ref('excluded.definition') }))
        .where('playbooks.edited', '=', false),
    )
    .execute();
}

function toStored(r: {
  id: string;
  definition: unknown;
  edited: boolean;
  version: number;
  updated_by: string;
  updated_at: Date;
}): StoredPlaybook | null {
  // A stored definition that no longer parses (an older schema) is skipped, not allowed to break routing.
  const parsed = playbookSchema.safeParse(r.definition);
  if (!parsed.success) return null;
  return { playbook: parsed.data, edited: r.edited, version: r.version, updatedBy: r.updated_by, updatedAt: r.updated_at };
}

export async function listStoredPlaybooks(db: Db): Promise<StoredPlaybook[]> {
  const rows = await db.selectFrom('playbooks').selectAll().orderBy('id').execute();
  return rows.map(toStored).filter((p): p is StoredPlaybook => p !== null);
}

export async function getStoredPlaybook(db: Db, id: string): Promise<StoredPlaybook | null> {
  const r = await db.selectFrom('playbooks').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toStored(r) : null;
}

export async function saveEditedPlaybook(db: Db, p: Playbook, actor: string, at: Date): Promise<number> {
  const r = await db
    .insertInto('playbooks')
    .values({ id: p.id, definition: JSON.stringify(p), edited: true, version: 1, updated_by: actor, updated_at: at })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        definition: JSON.stringify(p),
        edited: true,
        version: eb('playbooks.version', '+', 1),
        updated_by: actor,
        updated_at: at,
      })),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return r.version;
}
