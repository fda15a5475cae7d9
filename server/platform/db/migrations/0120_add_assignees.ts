import { sql, type Kysely } from 'kysely';

/**
 * Named assignees: a signal (work order) and an action each belong to one person, and a person can
 * be marked away so automatic assignment passes them over. The index answers the inbox's "mine"
 * view and the open load each assignment weighs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN away boolean NOT NULL DEFAULT false;
    ALTER TABLE signals ADD COLUMN assignee_id integer REFERENCES users(id);
    ALTER TABLE signals ADD COLUMN assigned_at timestamptz;
    CREATE INDEX signals_assignee ON signals (assignee_id, status) WHERE assignee_id IS NOT NULL;
    ALTER TABLE actions ADD COLUMN assignee_id integer REFERENCES users(id);
  `.execute(db);
}
