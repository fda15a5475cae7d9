import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ActionsTable, DB, DecisionsTable } from '../../../platform/db/schema.js';
import type { Action, StoredBaseline, StoredDecision, StoredVerdict } from './action.js';

type Db = Kysely<DB> | Transaction<DB>;

function toAction(r: Selectable<ActionsTable>): Action {
  return {
    id: r.id,
    issueId: Number(r.issue_id),
    location: r.location as Action['location'],
    change: r.change,
    ownerTeam: r.owner_team,
    owner: r.owner,
    assigneeId: r.assignee_id,
    status: r.status as Action['status'],
    dueAt: r.due_at,
    reviewDate: r.review_date,
    reviewWindowDays: r.review_window_days,
    metric: r.metric,
    baseline: r.baseline as StoredBaseline | null,
    verdict: r.verdict as StoredVerdict | null,
    kinds: r.kinds as Action['kinds'],
    automates: r.automates as Action['automates'],
    details: r.details ?? {},
    doneAt: r.done_at,
    reviewedAt: r.reviewed_at,
    sourceRef: r.source_ref,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewAction {
  issueId: number;
  location: string;
  change: string;
  ownerTeam: string;
  owner: string | null;
  status: string;
  dueAt: Date | null;
  reviewDate: Date | null;
  reviewWindowDays: number;
  metric: string;
  baseline: StoredBaseline | null;
  kinds: string[];
  automates: string[];
  details: Record<string, unknown>;
  doneAt: Date | null;
  sourceRef: string | null;
  createdBy: string;
  at: Date;
}

/** Inserts an action; with a source_ref already stored it inserts nothing and returns null. */
export async function insertAction(db: Db, a: NewAction): Promise<Action | null> {
  const row = await db
    .insertInto('actions')
    .values({
      issue_id: a.issueId,
      location: a.location,
      change: a.change,
      owner_team: a.ownerTeam,
      owner: a.owner,
      status: a.status,
      due_at: a.dueAt,
      review_date: a.reviewDate,
      review_window_days: a.reviewWindowDays,
      metric: a.metric,
      baseline: a.baseline ? JSON.stringify(a.baseline) : null,
      kinds: a.kinds,
      automates: a.automates,
      details: JSON.stringify(a.details),
      done_at: a.doneAt,
      source_ref: a.sourceRef,
      created_by: a.createdBy,
      created_at: a.at,
      updated_at: a.at,
    })
    .onConflict((oc) => oc.column('source_ref').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toAction(row) : null;
}

export async function getAction(db: Db, id: number, forUpdate = false): Promise<Action | null> {
  let q = db.selectFrom('actions').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? toAction(r) : null;
}

export async function saveActionState(
  db: Db,
  id: number,
  s: {
    status: string;
    doneAt?: Date | null;
    reviewDate?: Date | null;
    baseline?: StoredBaseline | null;
    verdict?: StoredVerdict | null;
    reviewedAt?: Date | null;
    owner?: string | null;
    assigneeId?: number | null;
    dueAt?: Date | null;
    at: Date;
  },
): Promise<void> {
  await db
    .updateTable('actions')
    .set({
      status: s.status,
      updated_at: s.at,
      ...(s.doneAt !== undefined ? { done_at: s.doneAt } : {}),
      ...(s.reviewDate !== undefined ? { review_date: s.reviewDate } : {}),
      ...(s.baseline !== undefined ? { baseline: s.baseline ? JSON.stringify(s.baseline) : null } : {}),
      ...(s.verdict !== undefined ? { verdict: s.verdict ? JSON.stringify(s.verdict) : null } : {}),
      ...(s.reviewedAt !== undefined ? { reviewed_at: s.reviewedAt } : {}),
      ...(s.owner !== undefined ? { owner: s.owner } : {}),
      ...(s.assigneeId !== undefined ? { assignee_id: s.assigneeId } : {}),
      ...(s.dueAt !== undefined ? { due_at: s.dueAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export interface ActionFilter {
  status?: string;
  ownerTeam?: string;
  issueId?: number;
  location?: string;
  sku?: string;
  limit: number;
  cursor?: number;
}

/** The filter as the actions table answers it: a SKU is the ids of its issues (the issues module says which). */
export type ActionRowFilter = Omit<ActionFilter, 'sku'> & { issueIds?: number[] };

export async function listActionRows(db: Db, f: ActionRowFilter): Promise<Action[]> {
  let q = db.selectFrom('actions').selectAll('actions').orderBy('actions.id', 'desc').limit(f.limit);
  if (f.status) q = q.where('actions.status', '=', f.status);
  if (f.ownerTeam) q = q.where('actions.owner_team', '=', f.ownerTeam);
  if (f.issueId !== undefined) q = q.where('actions.issue_id', '=', f.issueId);
  if (f.location) q = q.where('actions.location', '=', f.location);
  if (f.issueIds !== undefined) {
    if (f.issueIds.length === 0) return [];
    q = q.where('actions.issue_id', 'in', f.issueIds);
  }
  if (f.cursor !== undefined) q = q.where('actions.id', '<', f.cursor);
  return (await q.execute()).map(toAction);
}

export async function actionsForIssues(db: Db, issueIds: number[]): Promise<Action[]> {
  if (issueIds.length === 0) return [];
  return (await db.selectFrom('actions').selectAll().where('issue_id', 'in', issueIds).orderBy('id').execute()).map(toAction);
}

/** Done actions whose review date has passed and that have no verdict yet. */
export async function actionsDueForReview(db: Db, now: Date): Promise<Action[]> {
  const rows = await db
    .selectFrom('actions')
    .selectAll()
    .where('status', '=', 'done')
    .where('review_date', '<=', now)
    .where('reviewed_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(toAction);
}

function toDecision(r: Selectable<DecisionsTable>): StoredDecision {
  return {
    id: r.id,
    issueId: Number(r.issue_id),
    type: r.type as StoredDecision['type'],
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    note: r.note,
    details: r.details ?? {},
    createdAt: r.created_at,
  };
}

export async function insertDecision(db: Db, d: Omit<StoredDecision, 'id' | 'createdAt'>, at: Date): Promise<StoredDecision> {
  const r = await db
    .insertInto('decisions')
    .values({
      issue_id: d.issueId,
      type: d.type,
      decided_by: d.decidedBy,
      decided_at: d.decidedAt,
      note: d.note,
      details: JSON.stringify(d.details),
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDecision(r);
}

export async function decisionsForIssues(db: Db, issueIds: number[]): Promise<StoredDecision[]> {
  if (issueIds.length === 0) return [];
  return (await db.selectFrom('decisions').selectAll().where('issue_id', 'in', issueIds).orderBy('decided_at', 'desc').execute()).map(
    toDecision,
  );
}

/** The newest decisions across issues, optionally of one type (Today's overdue supplier evidence). */
export async function listDecisionRows(db: Db, f: { type?: string; limit: number }): Promise<StoredDecision[]> {
  let q = db.selectFrom('decisions').selectAll();
  if (f.type) q = q.where('type', '=', f.type);
  return (await q.orderBy('decided_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute()).map(toDecision);
}
