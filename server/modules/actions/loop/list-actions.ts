import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { Action } from './action.js';
import { issuesForSku } from '../../issues/index.js';
import { type ActionFilter, listActionRows } from './action-repository.js';
import { type IssueBoardFacts, issueBoardFacts } from './board-repository.js';

export interface ActionPage {
  items: { action: Action; issue: IssueBoardFacts | null }[];
  nextCursor: string | null;
}

/** A page of actions with what the board needs about each one's issue. */
export async function listActions(db: Kysely<DB>, f: ActionFilter): Promise<ActionPage> {
  const { sku, ...rest } = f;
  const issueIds = sku ? (await issuesForSku(db, sku)).map((i) => i.id) : undefined;
  const rows = await listActionRows(db, { ...rest, issueIds, limit: f.limit + 1 });
  const more = rows.length > f.limit;
  const page = more ? rows.slice(0, f.limit) : rows;
  const facts = await issueBoardFacts(db, [...new Set(page.map((a) => a.issueId))]);
  return {
    items: page.map((action) => ({ action, issue: facts.get(action.issueId) ?? null })),
    nextCursor: more ? String(page[page.length - 1]!.id) : null,
  };
}
