import {
  sql,
  type AliasableExpression,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { DB, SignalsTable } from '../../platform/db/schema.js';
import { jsonRows } from '../../platform/db/index.js';
import type { SignalInput } from '../../../contracts/signal.js';
import type { Signal, SignalTriageColumns } from './signal.js';
import type { SignalFacts } from './triage-read-repository.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Inserts many signals in one statement (the rows as one JSON parameter: the parameter count
 * stays fixed whatever the batch size). Existing (channel, external_id) pairs are left untouched.
 * Returns the ids of the rows this call inserted, keyed "channel\u0000externalId".
 */
export interface TriageForInsert {
  columns: SignalTriageColumns[];
  version: string;
  at: Date;
}

export async function insertSignals(db: Db, items: SignalInput[], triage?: TriageForInsert): Promise<Map<string, number>> {
  if (items.length === 0) return new Map();
  const stored = await insertSignalRows(db, signalRows(items, triage));
  return new Map([...stored].map(([k, f]) => [k, f.id]));
}

/**
 * The rows of an insert, encoded (the JSON document built) ahead of the statement, so an import
 * can encode the next batch while the database writes this one.
 */
export interface SignalRows {
  items: SignalInput[];
  rows: RawBuilder<unknown>;
  at: Date | null;
  version: string | null;
}

export function signalRows(items: SignalInput[], triage?: TriageForInsert): SignalRows {
  const rows = items.map((s, i) => {
    const t = triage?.columns[i];
    return {
      channel: s.channel,
      external_id: s.externalId,
      received_at: s.receivedAt,
      text: s.text,
      title: s.title,
      rating: s.rating,
      sku: s.sku,
      variant: s.variant,
      batch: s.batch,
      order_id: s.orderId,
      customer_id: s.customerId,
      customer_tier: s.customerTier,
      language: s.language,
      public: s.public,
      handled_by: s.handledBy,
      published: s.published,
      issue_types: t?.issueTypes,
      stage: t?.stage,
      sentiment_label: t?.sentimentLabel,
      sentiment_score: t?.sentimentScore,
      clues: t?.clues,
      owner_team: t?.ownerTeam,
      must_be_human: t?.mustBeHuman,
      sla_class: t?.slaClass,
      triage: t?.triage,
      detected_language: t?.language,
    };
  });
  return { items, rows: jsonRows(rows), at: triage?.at ?? null, version: triage?.version ?? null };
}

/**
 * What a later stage counts of a row this insert wrote, as the insert returned it (the values the
 * database stored, not the input): the report rollups take it from here instead of reading back
 * rows their own transaction just wrote.
 */
export type StoredSignalFacts = Pick<
  SignalFacts,
  | 'id'
  | 'channel'
  | 'rating'
  | 'handledBy'
  | 'receivedAt'
  | 'orderId'
  | 'sku'
  | 'batch'
  | 'triagedAt'
  | 'stage'
  | 'issueTypes'
  | 'sentimentLabel'
  | 'mustBeHuman'
>;

/** Inserts the rows; returns the rows this call inserted, keyed "channel\u0000externalId". */
export async function insertSignalRows(db: Db, { items, rows, at, version }: SignalRows): Promise<Map<string, StoredSignalFacts>> {
  if (items.length === 0) return new Map();
  const inserted = await sql<{
    id: number;
    channel: string;
    external_id: string;
    rating: number | null;
    handled_by: string;
    received_at: Date;
    order_id: string | null;
    sku: string | null;
    batch: string | null;
    triaged_at: Date | null;
    stage: string | null;
    issue_types: string[];
    sentiment_label: string | null;
    must_be_human: boolean;
  }>`
    INSERT INTO signals (channel, external_id, received_at, text, title, rating, sku, variant, batch,
      order_id, customer_id, customer_tier, language, public, handled_by, published,
      issue_types, stage, sentiment_label, sentiment_score, clues, owner_team, must_be_human, sla_class, triage, triaged_at, triage_version)
    SELECT u.channel, u.external_id, u.received_at, u.text, u.title, u.rating, u.sku, u.variant, u.batch, u.order_id, u.customer_id,
      u.customer_tier, coalesce(u.language, u.detected_language), u.public, u.handled_by, u.published,
      coalesce(string_to_array(u.issue_types, ','), '{}'), u.stage, u.sentiment_label, u.sentiment_score,
      coalesce(string_to_array(u.clues, ','), '{}'), u.owner_team, coalesce(u.must_be_human, false), u.sla_class, u.triage::jsonb,
      ${at}::timestamptz, ${version}::text
    FROM ${rows} AS u(channel text, external_id text, received_at timestamptz, text text, title text, rating smallint, sku text,
      variant text, batch text, order_id text, customer_id text, customer_tier text, language text, public boolean, handled_by text,
      published boolean, issue_types text, stage text, sentiment_label text, sentiment_score real, clues text, owner_team text,
      must_be_human boolean, sla_class text, triage text, detected_language text)
    ON CONFLICT (channel, external_id) DO NOTHING
    RETURNING id, channel, external_id, rating, handled_by, received_at, order_id, sku, batch, triaged_at, stage, issue_types,
      sentiment_label, must_be_human`.execute(db);
  const stored = new Map<string, StoredSignalFacts>();
  for (const r of inserted.rows)
    stored.set(`${r.channel}\u0000${r.external_id}`, {
      id: Number(r.id),
      channel: r.channel,
      rating: r.rating,
      handledBy: r.handled_by,
      receivedAt: r.received_at,
      orderId: r.order_id,
      sku: r.sku,
      batch: r.batch,
      triagedAt: r.triaged_at,
      stage: r.stage,
      issueTypes: r.issue_types,
      sentimentLabel: r.sentiment_label,
      mustBeHuman: r.must_be_human,
    });
  const attachments = items.flatMap((s) => {
    const id = stored.get(`${s.channel}\u0000${s.externalId}`)?.id;
    return id === undefined ? [] : s.attachments.map((a) => ({ signal_id: id, kind: a.kind, url: a.url }));
  });
  if (attachments.length) await db.insertInto('signal_attachments').values(attachments).execute();
  return stored;
}

export async function findSignalIds(db: Db, keys: { channel: string; externalId: string }[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await sql<{ id: number; channel: string; external_id: string }>`
    SELECT s.id, s.channel, s.external_id FROM signals s
    JOIN unnest(${keys.map((k) => k.channel)}::text[], ${keys.map((k) => k.externalId)}::text[]) AS k(channel, external_id)
      ON s.channel = k.channel AND s.external_id = k.external_id`.execute(db);
  return new Map(rows.rows.map((r) => [`${r.channel}\u0000${r.external_id}`, r.id]));
}

/** A condition on the signals being listed, built by the module that owns the table it looks at. */
export type SignalCondition = (eb: ExpressionBuilder<DB, 'signals'>) => Expression<SqlBool>;

/** A timestamp per listed signal that a later stage computes over its own tables (the SLA due date). */
export type SignalSortKey = (eb: ExpressionBuilder<DB, 'signals'>) => AliasableExpression<Date>;

export interface SignalFilter {
  channel?: string;
  customerId?: string;
  orderId?: string;
  sku?: string;
  batch?: string;
  from?: Date;
  to?: Date;
  q?: string;
  issueType?: string;
  ownerTeam?: string;
  /** A person's id, or null for the unassigned. */
  assignee?: number | null;
  mustBeHuman?: boolean;
  /** Conditions later stages build over their own tables (the SLA state, an issue's membership), given by the composition root. */
  where?: SignalCondition[];
  status?: string;
  /** Default: newest first by received_at; with a key, ascending by it (most overdue first), then id. */
  sortKey?: SignalSortKey;
  cursor?: { at: Date; id: number };
  limit: number;
}

export async function listSignals(db: Db, f: SignalFilter): Promise<(Signal & { sortAt?: Date })[]> {
  let q = db.selectFrom('signals').selectAll();
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.sku) q = q.where('sku', '=', f.sku);
  if (f.customerId) q = q.where('customer_id', '=', f.customerId);
  if (f.orderId) q = q.where('order_id', '=', f.orderId);
  if (f.batch) q = q.where('batch', '=', f.batch);
  if (f.from) q = q.where('received_at', '>=', f.from);
  if (f.to) q = q.where('received_at', '<', f.to);
  if (f.q) q = q.where(sql<boolean>`search @@ plainto_tsquery('simple', ${f.q})`);
  // Containment (@>) so the GIN index on issue_types can answer it.
  if (f.issueType) q = q.where(sql<boolean>`issue_types @> ARRAY[${f.issueType}]::text[]`);
  if (f.ownerTeam) q = q.where('owner_team', '=', f.ownerTeam);
  if (f.assignee === null) q = q.where('assignee_id', 'is', null);
  else if (f.assignee !== undefined) q = q.where('assignee_id', '=', f.assignee);
  if (f.mustBeHuman !== undefined) q = q.where('must_be_human', '=', f.mustBeHuman);
  if (f.status) q = q.where('status', '=', f.status);
  for (const condition of f.where ?? []) q = q.where(condition);
  if (f.sortKey) {
    const key = f.sortKey;
    let sq = q.select((eb) => key(eb).as('sort_at'));
    if (f.cursor) {
      const c = f.cursor;
      sq = sq.where((eb) => sql<boolean>`(${key(eb)}, signals.id) > (${c.at}::timestamptz, ${c.id}::bigint)`);
    }
    const rows = await sq.orderBy('sort_at', 'asc').orderBy('id', 'asc').limit(f.limit).execute();
    const withSort = await withAttachments(db, rows);
    return withSort.map((s, i) => ({ ...s, sortAt: rows[i]!.sort_at }));
  }
  if (f.cursor) {
    const c = f.cursor;
    q = q.where(sql<boolean>`(received_at, id) < (${c.at}::timestamptz, ${c.id}::bigint)`);
  }
  const rows = await q.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  return withAttachments(db, rows);
}

export async function getSignal(db: Db, id: number): Promise<Signal | undefined> {
  const rows = await db.selectFrom('signals').selectAll().where('id', '=', id).execute();
  return (await withAttachments(db, rows))[0];
}

type Row = Selectable<SignalsTable>;

async function withAttachments(db: Db, rows: Row[]): Promise<Signal[]> {
  if (rows.length === 0) return [];
  const att = await db
    .selectFrom('signal_attachments')
    .select(['signal_id', 'kind', 'url'])
    .where(
      'signal_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('id')
    .execute();
  const by = new Map<number, { kind: string; url: string }[]>();
  for (const a of att) (by.get(a.signal_id) ?? by.set(a.signal_id, []).get(a.signal_id)!).push({ kind: a.kind, url: a.url });
  return rows.map((r) => toSignal(r, by.get(r.id) ?? []));
}

function toSignal(r: Row, attachments: { kind: string; url: string }[]): Signal {
  return {
    id: r.id,
    channel: r.channel as Signal['channel'],
    externalId: r.external_id,
    receivedAt: r.received_at,
    text: r.text,
    title: r.title,
    rating: r.rating,
    sku: r.sku,
    variant: r.variant,
    batch: r.batch,
    orderId: r.order_id,
    customerId: r.customer_id,
    customerTier: r.customer_tier,
    language: r.language,
    public: r.public,
    handledBy: r.handled_by as Signal['handledBy'],
    attachments,
    published: r.published,
    status: r.status,
    assigneeId: r.assignee_id,
    labelsCorrected: r.labels_corrected,
    triage:
      r.triaged_at === null
        ? null
        : {
            issueTypes: r.issue_types,
            stage: r.stage,
            sentiment: { label: r.sentiment_label, score: r.sentiment_score },
            clues: r.clues,
            ownerTeam: r.owner_team,
            mustBeHuman: r.must_be_human,
            slaClass: r.sla_class,
            version: r.triage_version,
            detail: r.triage,
          },
  };
}

/** A signal's key, its row locked until the transaction ends (nothing else changes it meanwhile). */
export async function lockSignalKey(db: Db, id: number): Promise<{ channel: string; externalId: string } | undefined> {
  const row = await db.selectFrom('signals').select(['channel', 'external_id']).where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? { channel: row.channel, externalId: row.external_id } : undefined;
}

/** Removes a signal; attachments, replies, status changes and SLA rows go with it (ON DELETE CASCADE). */
export async function deleteSignalRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('signals').where('id', '=', id).execute();
}

/**
 * Writes re-triage results onto stored signals in one statement per batch. A label an agent
 * corrected is kept; a language the signal came with is kept.
 */
export async function storeSignalTriage(
  db: Db,
  items: { id: number; columns: SignalTriageColumns }[],
  version: string,
  at: Date,
): Promise<void> {
  if (items.length === 0) return;
  const c = <T>(f: (x: SignalTriageColumns) => T) => items.map((i) => f(i.columns));
  await sql`
    UPDATE signals s SET
      issue_types = CASE WHEN s.labels_corrected THEN s.issue_types ELSE string_to_array(u.issue_types, ',') END,
      stage = u.stage, sentiment_label = u.sentiment_label, sentiment_score = u.sentiment_score,
      clues = string_to_array(u.clues, ','), owner_team = u.owner_team, must_be_human = u.must_be_human,
      sla_class = u.sla_class, triage = u.triage::jsonb, triaged_at = ${at}, triage_version = ${version},
      language = coalesce(s.language, u.language)
    FROM unnest(${items.map((i) => i.id)}::bigint[], ${c((x) => x.issueTypes)}::text[], ${c((x) => x.stage)}::text[],
      ${c((x) => x.sentimentLabel)}::text[], ${c((x) => x.sentimentScore)}::real[], ${c((x) => x.clues)}::text[],
      ${c((x) => x.ownerTeam)}::text[], ${c((x) => x.mustBeHuman)}::boolean[], ${c((x) => x.slaClass)}::text[],
      ${c((x) => x.triage)}::text[], ${c((x) => x.language)}::text[])
      AS u(id, issue_types, stage, sentiment_label, sentiment_score, clues, owner_team, must_be_human, sla_class, triage, language)
    WHERE s.id = u.id`.execute(db);
}

/** Status changes made elsewhere, at their own times (1,000 rows a statement), and the signals they left resolved. */
export async function storePastStatuses(
  db: Db,
  changes: { signalId: number; at: Date; status: string; actor: string }[],
  resolved: number[],
): Promise<void> {
  for (let i = 0; i < changes.length; i += 1000) {
    await db
      .insertInto('signal_status_changes')
      .values(changes.slice(i, i + 1000).map((c) => ({ signal_id: c.signalId, at: c.at, status: c.status, actor: c.actor })))
      .execute();
  }
  for (let i = 0; i < resolved.length; i += 1000)
    await db
      .updateTable('signals')
      .set({ status: 'resolved' })
      .where('id', 'in', resolved.slice(i, i + 1000))
      .execute();
}

/** Each signal's status changes, oldest first (what the SLA's resolution clocks are measured from). */
export async function statusChangesOf(db: Db, signalIds: readonly number[]): Promise<{ signalId: number; at: Date; status: string }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('signal_status_changes')
    .select(['signal_id', 'at', 'status'])
    .where('signal_id', 'in', [...signalIds])
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ signalId: r.signal_id, at: r.at, status: r.status }));
}

/** These signals' attachments of the given kinds, by signal then in the order they came. */
export async function attachmentsOf(
  db: Db,
  signalIds: readonly number[],
  kinds: readonly string[],
): Promise<{ signalId: number; kind: string; url: string }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('signal_attachments')
    .select(['signal_id', 'kind', 'url'])
    .where('signal_id', 'in', [...signalIds])
    .where('kind', 'in', [...kinds])
    .orderBy('signal_id')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ signalId: Number(r.signal_id), kind: r.kind, url: r.url }));
}
