import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { issueKeysSubquery } from '../../issues/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/** An action with the key of its issue: what the weekly report lists. */
export interface ActionWithIssue {
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

export interface DecisionWithIssue {
  id: number;
  issueId: number;
  type: string;
  decidedBy: string;
  decidedAt: Date;
  sku: string;
  issueType: string;
  details: Record<string, unknown>;
}

// The issue's key is joined in as issues' typed subquery, in the same statement (one round trip per list).
const actionsWithIssue = (db: Db) =>
  db
    .selectFrom('actions as a')
    .innerJoin(issueKeysSubquery().as('i'), 'i.id', 'a.issue_id')
    .select([
      'a.id',
      'a.issue_id',
      'i.issue_type',
      'i.sku',
      'i.batch',
      'i.route',
      'a.location',
      'a.change',
      'a.owner_team',
      'a.owner',
      'a.status',
      'a.due_at',
      'a.review_date',
      'a.done_at',
      'a.metric',
      'a.verdict',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof actionsWithIssue>['execute']>>[number];

const toAction = (r: Row): ActionWithIssue => ({
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
export async function openActionsWithIssue(db: Db, limit: number): Promise<ActionWithIssue[]> {
  const rows = await actionsWithIssue(db)
    .where('a.status', 'in', ['proposed', 'accepted', 'in_progress'])
    .orderBy('a.due_at', (ob) => ob.asc().nullsLast())
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows.map(toAction);
}

/** Actions whose review date falls in [from, to): their verdicts came due. */
export async function actionsWithIssueDueForReview(db: Db, from: Date, to: Date): Promise<ActionWithIssue[]> {
  const rows = await actionsWithIssue(db)
    .where('a.review_date', '>=', from)
    .where('a.review_date', '<', to)
    .orderBy('a.review_date')
    .orderBy('a.id')
    .execute();
  return rows.map(toAction);
}

/** Actions marked done in [from, to): the changes that actually went out. */
export async function actionsWithIssueDoneBetween(db: Db, from: Date, to: Date): Promise<ActionWithIssue[]> {
  const rows = await actionsWithIssue(db)
    .where('a.done_at', '>=', from)
    .where('a.done_at', '<', to)
    .where('a.status', 'in', ['done', 'verified', 'failed'])
    .orderBy('a.done_at')
    .orderBy('a.id')
    .execute();
  return rows.map(toAction);
}

/** Decisions taken in [from, to), oldest first, with their issue's SKU and type. */
export async function decisionsWithIssueBetween(db: Db, from: Date, to: Date): Promise<DecisionWithIssue[]> {
  const rows = await db
    .selectFrom('decisions as d')
    .innerJoin(issueKeysSubquery().as('i'), 'i.id', 'd.issue_id')
    .select(['d.id', 'd.issue_id', 'd.type', 'd.decided_by', 'd.decided_at', 'i.sku', 'i.issue_type', 'd.details'])
    .where('d.decided_at', '>=', from)
    .where('d.decided_at', '<', to)
    .orderBy('d.decided_at')
    .orderBy('d.id')
    .execute();
  return rows.map((x) => ({
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
