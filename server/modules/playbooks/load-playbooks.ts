import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { DEFAULT_PLAYBOOKS } from './defaults/index.js';
import { mergePlaybooks } from './parse-playbooks.js';
import { listStoredPlaybooks, seedDefaultPlaybooks, type StoredPlaybook } from './playbook-repository.js';
import type { Playbook } from './types.js';

/** The playbooks in force: the defaults, with every seller edit replacing its default or added after. */
export async function loadPlaybooks(db: Kysely<DB> | Transaction<DB>): Promise<Playbook[]> {
  const stored = await listStoredPlaybooks(db);
  return mergePlaybooks(
    DEFAULT_PLAYBOOKS,
    stored.filter((s) => s.edited).map((s) => s.playbook),
  );
}

/** Seeds the defaults (idempotent) and returns every stored playbook with its edit state. */
export async function listPlaybooks(db: Kysely<DB> | Transaction<DB>): Promise<StoredPlaybook[]> {
  await seedDefaultPlaybooks(db, DEFAULT_PLAYBOOKS);
  return listStoredPlaybooks(db);
}
