import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { deserializeModel, serializeModel, type TriageModel } from './model.js';
import { loadBaseModel } from './base-model.js';
import { DEFAULT_TEAMS } from './owners.js';
import type { SellerRule, TeamConfig } from './types.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface StoredModel {
  version: string;
  model: TriageModel;
}

/** The store's own active model if one was trained, else the base model that ships. */
export async function loadActiveModel(db: Db): Promise<StoredModel | null> {
  const row = await db
    .selectFrom('triage_models')
    .select(['version', 'model'])
    .where('active', '=', true)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (row) return { version: row.version, model: deserializeModel(row.model) };
  const base = loadBaseModel();
  return base ? { version: 'base', model: base } : null;
}

export async function saveModel(
  db: Db,
  m: { version: string; trainedAt: Date; examples: number; evaluation: unknown; model: TriageModel; activate: boolean },
): Promise<void> {
  if (m.activate) await db.updateTable('triage_models').set({ active: false }).where('active', '=', true).execute();
  await db
    .insertInto('triage_models')
    .values({
      version: m.version,
      trained_at: m.trainedAt,
      examples: m.examples,
      evaluation: JSON.stringify(m.evaluation ?? {}),
      model: JSON.stringify(serializeModel(m.model)),
      active: m.activate,
    })
    .execute();
}

export async function listModels(db: Db) {
  return db
    .selectFrom('triage_models')
    .select(['version', 'trained_at', 'examples', 'evaluation', 'active'])
    .orderBy('id', 'desc')
    .execute();
}

export async function loadSellerRules(db: Db): Promise<SellerRule[]> {
  const rows = await db.selectFrom('triage_rules').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: `seller-${r.id}`,
    issueType: r.issue_type as SellerRule['issueType'],
    language: r.language as SellerRule['language'],
    ...(r.phrase ? { phrase: r.phrase } : { pattern: r.pattern! }),
    weight: r.weight,
  }));
}

export async function loadTeams(db: Db): Promise<TeamConfig> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'teams').executeTakeFirst();
  return row ? { ...DEFAULT_TEAMS, ...(row.value as Partial<TeamConfig>) } : DEFAULT_TEAMS;
}
