import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** What a later stage needs to tell someone about an action: whose it is, when it is due. */
export interface ActionHolder {
  id: number;
  issueId: number;
  ownerTeam: string;
  assigneeId: number | null;
  dueAt: Date | null;
}

const OPEN = ['proposed', 'accepted', 'in_progress'];

/** Open actions due in [from, to), soonest first. */
export async function openActionsDueBetween(db: Db, from: Date, to: Date): Promise<ActionHolder[]> {
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'issue_id', 'owner_team', 'assignee_id', 'due_at'])
    .where('status', 'in', OPEN)
    .where('due_at', '>=', from)
    .where('due_at', '<', to)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(toHolder);
}

/** These actions' holders, by id. */
export async function actionHolders(db: Db, ids: number[]): Promise<Map<number, ActionHolder>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'issue_id', 'owner_team', 'assignee_id', 'due_at'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [Number(r.id), toHolder(r)]));
}

const toHolder = (r: { id: number; issue_id: number; owner_team: string; assignee_id: number | null; due_at: Date | null }) => ({
  id: Number(r.id),
  issueId: Number(r.issue_id),
  ownerTeam: r.owner_team,
  assigneeId: r.assignee_id,
  dueAt: r.due_at,
});

/** Supplier evidence asked for (an `ask_supplier_evidence` decision) whose due date fell in [from, to). */
export async function supplierEvidenceDueBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ decisionId: number; issueId: number; supplier: string; dueAt: Date; decidedBy: string }[]> {
  const rows = await db
    .selectFrom('decisions')
    .select(['id', 'issue_id', 'details', 'decided_by'])
    .where('type', '=', 'ask_supplier_evidence')
    .where('decided_at', '<', to)
    .orderBy('id')
    .execute();
  return rows
    .map((r) => ({
      decisionId: Number(r.id),
      issueId: Number(r.issue_id),
      supplier: typeof r.details.supplier === 'string' ? r.details.supplier : '',
      dueAt: new Date(typeof r.details.dueAt === 'string' ? r.details.dueAt : Number.NaN),
      decidedBy: r.decided_by,
    }))
    .filter((d) => !Number.isNaN(d.dueAt.getTime()) && d.dueAt >= from && d.dueAt < to);
}
