import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** What the reports read from the loop's tables (actions, decisions, issues, knowledge, UGC). */
export interface ActionRow {
  id: number;
  issueId: number;
  issueType: string;
  sku: string;
  batch: string | null;
  route: string | null;
  location: string;
  change: string;
  ownerTeam: string;
  owner: string | null;
  status: string;
  dueAt: Date | null;
  reviewDate: Date | null;
  doneAt: Date | null;
  metric: string;
  verdict: Record<string, unknown> | null;
}

const actionColumns = sql`a.id, a.issue_id, i.issue_type, i.sku, i.batch, i.route, a.location, a.change, a.owner_team, a.owner, a.status,
  a.due_at, a.review_date, a.done_at, a.metric, a.verdict`;

type RawAction = {
  id: number;
  issue_id: number;
  issue_type: string;
  sku: string;
  batch: string | null;
  route: string | null;
  location: string;
  change: string;
  owner_team: string;
  owner: string | null;
  status: string;
  due_at: Date | null;
  review_date: Date | null;
  done_at: Date | null;
  metric: string;
  verdict: Record<string, unknown> | null;
};
const toAction = (r: RawAction): ActionRow => ({
  id: Number(r.id),
  issueId: Number(r.issue_id),
  issueType: r.issue_type,
  sku: r.sku,
  batch: r.batch,
  route: r.route,
  location: r.location,
  change: r.change,
  ownerTeam: r.owner_team,
  owner: r.owner,
  status: r.status,
  dueAt: r.due_at,
  reviewDate: r.review_date,
  doneAt: r.done_at,
  metric: r.metric,
  verdict: r.verdict,
});

/** Open actions (not yet done), soonest due first. */
export async function openActions(db: Db, limit: number): Promise<ActionRow[]> {
  const r = await sql<RawAction>`SELECT ${actionColumns} FROM actions a JOIN issues i ON i.id = a.issue_id
    WHERE a.status IN ('proposed', 'accepted', 'in_progress') ORDER BY a.due_at NULLS LAST, a.id LIMIT ${limit}`.execute(db);
  return r.rows.map(toAction);
}

/** Actions whose review date falls in [from, to): their verdicts came due. */
export async function actionsDueForReview(db: Db, from: Date, to: Date): Promise<ActionRow[]> {
  const r = await sql<RawAction>`SELECT ${actionColumns} FROM actions a JOIN issues i ON i.id = a.issue_id
    WHERE a.review_date >= ${from} AND a.review_date < ${to} ORDER BY a.review_date, a.id`.execute(db);
  return r.rows.map(toAction);
}

/** Actions marked done in [from, to): the changes that actually went out. */
export async function actionsDoneBetween(db: Db, from: Date, to: Date): Promise<ActionRow[]> {
  const r = await sql<RawAction>`SELECT ${actionColumns} FROM actions a JOIN issues i ON i.id = a.issue_id
    WHERE a.done_at >= ${from} AND a.done_at < ${to} AND a.status IN ('done', 'verified', 'failed') ORDER BY a.done_at, a.id`.execute(db);
  return r.rows.map(toAction);
}

export interface DecisionRow {
  id: number;
  issueId: number;
  type: string;
  decidedBy: string;
  decidedAt: Date;
  sku: string;
  issueType: string;
  details: Record<string, unknown>;
}

export async function decisionsBetween(db: Db, from: Date, to: Date): Promise<DecisionRow[]> {
  const r = await sql<{
    id: number;
    issue_id: number;
    type: string;
    decided_by: string;
    decided_at: Date;
    sku: string;
    issue_type: string;
    details: Record<string, unknown>;
  }>`
    SELECT d.id, d.issue_id, d.type, d.decided_by, d.decided_at, i.sku, i.issue_type, d.details
    FROM decisions d JOIN issues i ON i.id = d.issue_id WHERE d.decided_at >= ${from} AND d.decided_at < ${to} ORDER BY d.decided_at, d.id`.execute(
    db,
  );
  return r.rows.map((x) => ({
    id: Number(x.id),
    issueId: Number(x.issue_id),
    type: x.type,
    decidedBy: x.decided_by,
    decidedAt: x.decided_at,
    sku: x.sku,
    issueType: x.issue_type,
    details: x.details,
  }));
}

export interface AssetRow {
  id: number;
  signalId: number;
  kind: string;
  mediaUrl: string | null;
  sku: string | null;
  channel: string;
  rating: number | null;
  text: string;
  lastEntry: string | null;
  lastEntryAt: Date | null;
  grantChannels: string[];
  grantUntil: Date | null;
  placements: number;
}

/**
 * UGC assets with activity up to `to` (newest first) and their permission state as the ledger's
 * latest entry left it; a grant past its `until` is reported as expired.
 */
export async function reusableAssets(db: Db, to: Date, limit: number): Promise<AssetRow[]> {
  const r = await sql<{
    id: number;
    signal_id: number;
    kind: string;
    media_url: string | null;
    sku: string | null;
    channel: string;
    rating: number | null;
    text: string;
    last_kind: string | null;
    last_at: Date | null;
    channels: string[] | null;
    until: Date | null;
    placements: number;
  }>`
    SELECT a.id, a.signal_id, a.kind, a.media_url, s.sku, s.channel, s.rating, s.text, e.kind AS last_kind, e.at AS last_at, g.channels, g.until,
      (SELECT count(*)::int FROM ugc_placements p WHERE p.asset_id = a.id AND p.placed_at < ${to}) AS placements
    FROM ugc_assets a JOIN signals s ON s.id = a.signal_id
    LEFT JOIN LATERAL (SELECT kind, at FROM ugc_permission_entries x WHERE x.asset_id = a.id AND x.at < ${to} ORDER BY x.at DESC, x.id DESC LIMIT 1) e ON true
    LEFT JOIN LATERAL (SELECT channels, until FROM ugc_permission_entries x WHERE x.asset_id = a.id AND x.kind = 'granted' AND x.at < ${to} ORDER BY x.at DESC, x.id DESC LIMIT 1) g ON true
    WHERE a.created_at < ${to}
    ORDER BY coalesce(e.at, a.created_at) DESC, a.id DESC LIMIT ${limit}`.execute(db);
  return r.rows.map((x) => ({
    id: Number(x.id),
    signalId: Number(x.signal_id),
    kind: x.kind,
    mediaUrl: x.media_url,
    sku: x.sku,
    channel: x.channel,
    rating: x.rating,
    text: x.text,
    lastEntry: x.last_kind,
    lastEntryAt: x.last_at,
    grantChannels: x.channels ?? [],
    grantUntil: x.until,
    placements: x.placements,
  }));
}

/** Permission grants recorded in [from, to): a permission recorded closes a week. */
export async function grantsBetween(db: Db, from: Date, to: Date): Promise<{ assetId: number; at: Date; channels: string[] }[]> {
  const r = await sql<{ asset_id: number; at: Date; channels: string[] | null }>`
    SELECT asset_id, at, channels FROM ugc_permission_entries WHERE kind = 'granted' AND at >= ${from} AND at < ${to} ORDER BY at, id`.execute(
    db,
  );
  return r.rows.map((x) => ({ assetId: Number(x.asset_id), at: x.at, channels: x.channels ?? [] }));
}

/**
 * Signals of one theme in [from, to), the pool the representative wording is chosen from: the
 * span is cut into `slices` equal parts and each gives its first `perSlice` signals, so the pool
 * covers the whole week and the rows read stay near slices × perSlice however busy the theme is.
 */
export async function themeWordings(
  db: Db,
  t: { issueType: string; sku: string },
  from: Date,
  to: Date,
  slices: number,
  perSlice: number,
): Promise<{ id: number; text: string; channel: string; receivedAt: Date }[]> {
  const part = sql`(${to}::timestamptz - ${from}::timestamptz) / ${slices}`;
  const r = await sql<{ id: number; text: string; channel: string; received_at: Date }>`
    SELECT w.id, w.text, w.channel, w.received_at FROM generate_series(0, ${slices - 1}::int) AS d(n)
    CROSS JOIN LATERAL (
      SELECT id, text, channel, received_at FROM signals
      WHERE ${t.sku === '*' ? sql`true` : t.sku === '' ? sql`sku IS NULL` : sql`sku = ${t.sku}`}
        AND received_at >= ${from}::timestamptz + d.n * ${part} AND received_at < ${from}::timestamptz + (d.n + 1) * ${part}
        AND received_at < ${to} AND ${t.issueType} = ANY(issue_types)
      ORDER BY received_at, id LIMIT ${perSlice}) w
    ORDER BY w.received_at, w.id`.execute(db);
  return r.rows.map((x) => ({ id: Number(x.id), text: x.text, channel: x.channel, receivedAt: x.received_at }));
}

/** The current FAQ / macro entries Writeback keeps for a SKU (latest version of each). */
export async function currentKnowledge(db: Db, sku: string): Promise<{ id: string; kind: string; title: string; body: string }[]> {
  const r = await sql<{ id: string; kind: string; title: string; body: string }>`
    SELECT DISTINCT ON (id) id, kind, title, body FROM knowledge_entries WHERE sku = ${sku} ORDER BY id, version DESC`.execute(db);
  return r.rows;
}

/** Alarm episodes (spike, batch rule, pre-sale threshold) that started on a UTC day in [firstDay, lastDay]. */
export async function issueAlarmsBetween(
  db: Db,
  firstDay: string,
  lastDay: string,
): Promise<
  {
    id: number;
    issueType: string;
    sku: string;
    batch: string | null;
    route: string | null;
    status: string;
    at: string;
    reason: string;
    observed: number | null;
    signalCount: number;
  }[]
> {
  const r = await sql<{
    id: number;
    issue_type: string;
    sku: string;
    batch: string | null;
    route: string | null;
    status: string;
    at: string;
    reason: string;
    observed: number | null;
    signal_count: number;
  }>`
    SELECT i.id, i.issue_type, i.sku, i.batch, i.route, i.status, ep->>'at' AS at, ep->>'reason' AS reason, (ep->>'observed')::int AS observed, i.signal_count
    FROM issues i CROSS JOIN LATERAL jsonb_array_elements(coalesce(i.spike->'episodes', '[]'::jsonb)) AS ep
    WHERE ep->>'at' BETWEEN ${firstDay} AND ${lastDay}
    ORDER BY ep->>'at', i.id`.execute(db);
  return r.rows.map((x) => ({
    id: Number(x.id),
    issueType: x.issue_type,
    sku: x.sku,
    batch: x.batch,
    route: x.route,
    status: x.status,
    at: x.at,
    reason: x.reason,
    observed: x.observed,
    signalCount: x.signal_count,
  }));
}
