import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { deserializeModel, serializeModel, type TriageModel } from './model.js';
import { loadBaseModel } from './base-model.js';
import { DEFAULT_TEAMS } from './owners.js';
import type { SellerRule, TeamConfig } from './types.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface StoredModel { version: string; model: TriageModel }

/** The store's own active model if one was trained, else the base model that ships. */
export async function loadActiveModel(db: Db): Promise<StoredModel | null> {
  const row = await db.selectFrom('triage_models').select(['version', 'model']).where('active', '=', true).orderBy('id', 'desc').executeTakeFirst();
  if (row) return { version: row.version, model: deserializeModel(row.model) };
  const base = loadBaseModel();
  return base ? { version: 'base', model: base } : null;
}

export async function saveModel(db: Db, m: { version: string; trainedAt: Date; examples: number; evaluation: unknown; model: TriageModel; activate: boolean }): Promise<void> {
  if (m.activate) await db.updateTable('triage_models').set({ active: false }).where('active', '=', true).execute();
  await db.insertInto('triage_models').values({
    version: m.version, trained_at: m.trainedAt, examples: m.examples, evaluation: JSON.stringify(m.evaluation ?? {}),
    model: JSON.stringify(serializeModel(m.model)), active: m.activate,
  }).execute();
}

export async function listModels(db: Db) {
  return db.selectFrom('triage_models').select(['version', 'trained_at', 'examples', 'evaluation', 'active']).orderBy('id', 'desc').execute();
}

export async function loadSellerRules(db: Db): Promise<SellerRule[]> {
  const rows = await db.selectFrom('triage_rules').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: `seller-${r.id}`, issueType: r.issue_type as SellerRule['issueType'], language: r.language as SellerRule['language'],
    ...(r.phrase ? { phrase: r.phrase } : { pattern: r.pattern! }), weight: r.weight,
  }));
}

export async function loadTeams(db: Db): Promise<TeamConfig> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'teams').executeTakeFirst();
  return row ? { ...DEFAULT_TEAMS, ...(row.value as Partial<TeamConfig>) } : DEFAULT_TEAMS;
}

export interface SignalForTriage {
  id: number; text: string; title: string | null; channel: string; rating: number | null; language: string | null;
  public: boolean; handled_by: string; customer_tier: string | null; received_at: Date; order_id: string | null; sku: string | null;
  triaged_at: Date | null; attachments: { kind: string; url: string }[];
  /** The triage stored now (what a re-triage replaces). */
  stage: string | null; issue_types: string[]; sentiment_label: string | null; must_be_human: boolean;
  order: { ordered_at: Date; promised_min_days: number | null; promised_max_days: number | null; shipped_at: Date | null; delivered_at: Date | null; value: number | null } | null;
}

/**
 * Signals with what triage needs: their attachments and linked order, in one round trip each.
 * The signals' rows are locked, so a concurrent re-triage of the same signal waits and then reads
 * what this one wrote.
 */
export async function loadSignalsForTriage(db: Db, ids: number[]): Promise<SignalForTriage[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('signals').leftJoin('orders', 'orders.order_id', 'signals.order_id')
    .select(['signals.id', 'signals.text', 'signals.title', 'signals.channel', 'signals.rating', 'signals.language', 'signals.public',
      'signals.handled_by', 'signals.customer_tier', 'signals.received_at', 'signals.order_id', 'signals.sku', 'signals.triaged_at',
      'signals.stage', 'signals.issue_types', 'signals.sentiment_label', 'signals.must_be_human',
      'orders.ordered_at', 'orders.promised_min_days', 'orders.promised_max_days', 'orders.shipped_at', 'orders.delivered_at', 'orders.value'])
    .where('signals.id', 'in', ids).orderBy('signals.id').forUpdate('signals').execute();
  const att = await db.selectFrom('signal_attachments').select(['signal_id', 'kind', 'url']).where('signal_id', 'in', ids).execute();
  const by = new Map<number, { kind: string; url: string }[]>();
  for (const a of att) (by.get(a.signal_id) ?? by.set(a.signal_id, []).get(a.signal_id)!).push({ kind: a.kind, url: a.url });
  return rows.map((r) => ({
    ...r, attachments: by.get(r.id) ?? [],
    order: r.ordered_at ? { ordered_at: r.ordered_at, promised_min_days: r.promised_min_days, promised_max_days: r.promised_max_days, shipped_at: r.shipped_at, delivered_at: r.delivered_at, value: r.value } : null,
  })) as SignalForTriage[];
}

/** The facts triage cross-checks on a signal's linked order, for signals not stored yet. */
export async function loadOrderFacts(db: Db, orderIds: string[]) {
  if (orderIds.length === 0) return new Map<string, NonNullable<SignalForTriage['order']>>();
  const rows = await db.selectFrom('orders').select(['order_id', 'ordered_at', 'promised_min_days', 'promised_max_days', 'shipped_at', 'delivered_at', 'value'])
    .where('order_id', 'in', orderIds).execute();
  return new Map(rows.map((r) => [r.order_id, { ordered_at: r.ordered_at, promised_min_days: r.promised_min_days, promised_max_days: r.promised_max_days, shipped_at: r.shipped_at, delivered_at: r.delivered_at, value: r.value }]));
}
