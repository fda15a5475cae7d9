import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { loadPlaybooks } from '../../playbooks/index.js';
import { issueEvidence } from './issue-evidence.js';
import { getIssues, issueDailyCounts, type IssueFilter, listIssueRows } from './issue-repository.js';
import { addIsoDays as addDays, utcDayOf as dayOf } from '../../../lib/time/index.js';
import { buildTrend } from './trend.js';

/** A page of issues, each with the playbook it is routed to. */
export async function listIssues(db: Kysely<DB>, f: IssueFilter) {
  const rows = await listIssueRows(db, { ...f, limit: f.limit + 1 });
  const more = rows.length > f.limit;
  const items = more ? rows.slice(0, f.limit) : rows;
  const playbooks = new Map((await loadPlaybooks(db)).map((p) => [p.id, p]));
  return {
    items: items.map((issue) => ({ issue, playbook: issue.playbookId ? (playbooks.get(issue.playbookId) ?? null) : null })),
    nextCursor: more ? cursorOf(items[items.length - 1]!, f.sort) : null,
  };
}

/** "id", or "signalCount.id" when sorted by size. */
function cursorOf(i: { id: number; signalCount: number }, sort: IssueFilter['sort']): string {
  return sort === 'size' ? `${i.signalCount}.${i.id}` : String(i.id);
}

export function parseIssueCursor(raw: string, sort: IssueFilter['sort']): IssueFilter['cursor'] {
  const [a, b] = raw.split('.').map(Number);
  return b === undefined ? { id: a! } : sort === 'size' ? { signalCount: a!, id: b } : { id: b };
}

const TREND_DAYS = 56;

/** One issue with its trend (by day and week), evidence and recommendation; the actions module adds the work on it. */
export async function getIssue(db: Kysely<DB>, id: number, now: Date) {
  const [issue] = await getIssues(db, [id]);
  if (!issue) throw new AppError('issue_not_found', `issue ${id} does not exist`);
  const today = dayOf(now);
  const counts = await issueDailyCounts(db, [id], new Date(`${addDays(today, -TREND_DAYS)}T00:00:00Z`));
  const playbook = issue.playbookId ? ((await loadPlaybooks(db)).find((p) => p.id === issue.playbookId) ?? null) : null;
  return {
    issue,
    playbook,
    trend: buildTrend(counts, today, TREND_DAYS),
    evidence: await issueEvidence(db, id),
  };
}
