import { sql, type Kysely } from 'kysely';

/**
 * Praise issues get a status of their own: counted as a repeat with no owner, they read "needs
 * action" on every page and in every count of work waiting. The detect job keeps them there from
 * now on (nextIssueStatus); this moves the ones already stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    UPDATE issues SET status = 'praise', status_reason = 'customers praise it: nothing to fix; worth quoting'
    WHERE issue_type = 'praise' AND status IN ('watching', 'needs_action')
  `.execute(db);
}
