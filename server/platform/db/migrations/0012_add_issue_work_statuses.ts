import { sql, type Kysely } from 'kysely';

/**
 * An issue's status follows from the work on it (its actions' statuses), and the issues module
 * owns the status while the actions module owns the actions. The issue keeps its own copy of
 * those statuses, written by the actions module through issues' refreshIssueWork in the same
 * transaction as the action change, so the issues-detect job and the owner's close and reopen
 * read the issue's own row. Filled from the actions already stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE issues ADD COLUMN work_statuses text[] NOT NULL DEFAULT '{}';
    UPDATE issues i SET work_statuses = ARRAY(SELECT a.status FROM actions a WHERE a.issue_id = i.id ORDER BY a.id)
    WHERE EXISTS (SELECT 1 FROM actions a WHERE a.issue_id = i.id);
  `.execute(db);
}
