import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, IssuesTable } from '../../../platform/db/schema.js';
import { signalRows } from '../../signals/index.js';
import type { IssueKey } from '../detect/index.js';
import type { Issue, IssueSummaryUpdate } from './issue.js';
import type { SpikeState } from './spike-history.js';

type Db = Kysely<DB> | Transaction<DB>;

export function toIssue(r: Selectable<IssuesTable>): Issue {
  return {
    id: r.id,
    key: r.key,
    issueType: r.issue_type as Issue['issueType'],
    sku: r.sku,
    batch: r.batch,
    route: r.route,
    market: r.market,
    status: r.status as Issue['status'],
    statusReason: r.status_reason,
    work: (r.work_statuses ?? []) as Issue['work'],
    signalCount: r.signal_count,
    reportCount: r.report_count,
    channelCounts: r.channel_counts ?? {},
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    spike: (r.spike as SpikeState | null) ?? null,
    spikeCheckedThrough: r.spike_checked_through,
    spikeUntestedDays: r.spike_untested_days ?? [],
    playbookId: r.playbook_id,
    playbookMatchedOn: r.playbook_matched_on,
    ownerTeam: r.owner_team,
    stage: r.stage as Issue['stage'],
    hasMedia: r.has_media,
    automationInvolved: r.automation_involved,
    representativeSignalId: r.representative_signal_id,
    representativeText: r.representative_text,
    impactScope: (r.impact_scope ?? {}) as Issue['impactScope'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Creates the issues not yet known (a unique key makes two racing processes agree) and returns
 * key → id, and the ids this call created.
 */
export async function upsertIssueKeys(db: Db, keys: IssueKey[], at: Date): Promise<{ ids: Map<string, number>; created: Set<number> }> {
  const unique = [...new Map(keys.map((k) => [k.key, k])).values()];
  if (unique.length === 0) return { ids: new Map(), created: new Set() };
  const inserted = await db
    .insertInto('issues')
    .values(
      unique.map((k) => ({
        key: k.key,
        issue_type: k.issueType,
        sku: k.sku,
        batch: k.batch,
        route: k.route,
        market: k.market,
        channel_counts: '{}',
        impact_scope: '{}',
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .execute();
  const rows = await db
    .selectFrom('issues')
    .select(['id', 'key'])
    .where(
      'key',
      'in',
      unique.map((k) => k.key),
    )
    .execute();
  return { ids: new Map(rows.map((r) => [r.key, r.id])), created: new Set(inserted.map((r) => Number(r.id))) };
}

export async function getIssues(db: Db, ids: number[]): Promise<Issue[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('issues').selectAll().where('id', 'in', ids).orderBy('id').execute();
  return rows.map(toIssue);
}

/** Holds the issue row until the transaction ends (a close and a job's status refresh do not interleave). */
export async function lockIssue(db: Db, id: number): Promise<void> {
  await db.selectFrom('issues').select('id').where('id', '=', id).forUpdate().execute();
}

export async function saveIssueStatus(db: Db, id: number, status: string, reason: string, at: Date): Promise<void> {
  await db.updateTable('issues').set({ status, status_reason: reason, updated_at: at }).where('id', '=', id).execute();
}

export async function saveIssueWork(db: Db, id: number, work: readonly string[]): Promise<void> {
  await db
    .updateTable('issues')
    .set({ work_statuses: [...work] })
    .where('id', '=', id)
    .execute();
}

export async function findIssueByKey(db: Db, key: string): Promise<Issue | null> {
  const r = await db.selectFrom('issues').selectAll().where('key', '=', key).executeTakeFirst();
  return r ? toIssue(r) : null;
}

/** Issues whose spike test has not yet covered every complete day before `today`, or has days to go back to. */
export async function issuesDueForSpikeCheck(db: Db, yesterday: string): Promise<number[]> {
  const rows = await db
    .selectFrom('issues')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('spike_checked_through', 'is', null),
        eb('spike_checked_through', '<', yesterday),
        eb(sql<number>`cardinality(spike_untested_days)`, '>', 0),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

export async function saveIssueSummary(db: Db, id: number, u: IssueSummaryUpdate, at: Date): Promise<void> {
  await db
    .updateTable('issues')
    .set({
      signal_count: u.signalCount,
      report_count: u.reportCount,
      channel_counts: JSON.stringify(u.channelCounts),
      first_seen_at: u.firstSeenAt,
      last_seen_at: u.lastSeenAt,
      stage: u.stage,
      has_media: u.hasMedia,
      automation_involved: u.automationInvolved,
      owner_team: u.ownerTeam,
      playbook_id: u.playbookId,
      playbook_matched_on: u.playbookMatchedOn,
      representative_signal_id: u.representativeSignalId,
      representative_text: u.representativeText,
      impact_scope: JSON.stringify(u.impactScope),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Stores the spike state; the days just gone back to are no longer untested. */
export async function saveIssueSpike(
  db: Db,
  id: number,
  spike: SpikeState,
  checkedThrough: string,
  retested: string[],
  at: Date,
): Promise<void> {
  await db
    .updateTable('issues')
    .set({
      spike: JSON.stringify(spike),
      spike_checked_through: checkedThrough,
      updated_at: at,
      ...(retested.length
        ? {
            spike_untested_days: sql<
              string[]
            >`ARRAY(SELECT d FROM unnest(spike_untested_days) AS d WHERE NOT (d = ANY(${retested}::text[])) ORDER BY d)`,
          }
        : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** An issue whose every signal moved away: zero counts, no wording; its history stays. */
export async function saveEmptyIssueSummary(db: Db, id: number, at: Date): Promise<void> {
  await db
    .updateTable('issues')
    .set({
      signal_count: 0,
      report_count: 0,
      channel_counts: '{}',
      first_seen_at: null,
      last_seen_at: null,
      has_media: false,
      automation_involved: false,
      representative_signal_id: null,
      representative_text: null,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export interface IssueFilter {
  status?: string;
  sku?: string;
  issueType?: string;
  owner?: string;
  limit: number;
  /** newest: by id; size: most signals first (ties newest first). */
  sort?: 'newest' | 'size';
  /** Keyset position: the last row's id, and for sort=size its signal count too. */
  cursor?: { id: number; signalCount?: number };
  /** Issues whose signals all moved away are left out unless asked for. */
  includeEmpty?: boolean;
}

/** Newest issues first (or the biggest, sort=size), keyset-paged. */
export async function listIssueRows(db: Db, f: IssueFilter): Promise<Issue[]> {
  let q = db.selectFrom('issues').selectAll().limit(f.limit);
  q = f.sort === 'size' ? q.orderBy('signal_count', 'desc').orderBy('id', 'desc') : q.orderBy('id', 'desc');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.sku) q = q.where('sku', '=', f.sku);
  if (f.issueType) q = q.where('issue_type', '=', f.issueType);
  if (f.owner) q = q.where('owner_team', '=', f.owner);
  const c = f.cursor;
  if (c && f.sort === 'size') q = q.where(sql<boolean>`(signal_count, id) < (${c.signalCount ?? 0}::int, ${c.id}::bigint)`);
  else if (c) q = q.where('id', '<', c.id);
  if (!f.includeEmpty) q = q.where('signal_count', '>', 0);
  return (await q.execute()).map(toIssue);
}

/** A SKU's issues, newest first (the caller picks the open one it needs). */
export async function openIssuesForSku(
  db: Db,
  sku: string,
  limit: number,
): Promise<Pick<Issue, 'id' | 'issueType' | 'batch' | 'status'>[]> {
  const rows = await db
    .selectFrom('issues')
    .select(['id', 'issue_type', 'batch', 'status'])
    .where('sku', '=', sku)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    issueType: r.issue_type as Issue['issueType'],
    batch: r.batch,
    status: r.status as Issue['status'],
  }));
}

export async function issuesForSku(db: Db, sku: string): Promise<Issue[]> {
  const rows = await db.selectFrom('issues').selectAll().where('sku', '=', sku).orderBy('last_seen_at', 'desc').execute();
  return rows.map(toIssue);
}

/** Counts by (day, issue) for the trend, in UTC days. */
/**
 * Daily counts per issue. For the spike test (`complaintsOnly`) pre-sale questions are left out: a
 * handful of shoppers asking the same thing on one day is not a fault, and the pre-sale threshold
 * rule watches them instead. The stage comes from the relation signals exports, in the same statement.
 */
export async function issueDailyCounts(
  db: Db,
  ids: number[],
  from: Date,
  opts: { complaintsOnly?: boolean } = {},
): Promise<{ issueId: number; day: string; count: number }[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ issue_id: number; day: string; n: number }>`
    SELECT i.issue_id, to_char(i.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
    FROM issue_signals i JOIN ${signalRows()} s ON s.id = i.signal_id
    WHERE i.issue_id = ANY(${ids}::bigint[]) AND i.received_at >= ${from}
      AND (${!opts.complaintsOnly}::boolean OR s.stage IS DISTINCT FROM 'pre_sale')
    GROUP BY 1, 2`.execute(db);
  return rows.rows.map((r) => ({ issueId: Number(r.issue_id), day: r.day, count: r.n }));
}
