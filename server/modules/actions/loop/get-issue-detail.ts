import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { getIssue } from '../../issues/index.js';
import { actionsForIssues, decisionsForIssues } from './action-repository.js';

/** One issue's page: what the issues module knows (trend, evidence, recommendation) and the work on it (actions, decisions, verdicts). */
export async function getIssueDetail(db: Kysely<DB>, id: number, now: Date) {
  const overview = await getIssue(db, id, now);
  return { ...overview, actions: await actionsForIssues(db, [id]), decisions: await decisionsForIssues(db, [id]) };
}
