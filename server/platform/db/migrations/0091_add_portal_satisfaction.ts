import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The one satisfaction question a closed complaint asks: 1 to 5 and a comment, answered once.
    ALTER TABLE portal_complaints ADD COLUMN satisfaction int;
    ALTER TABLE portal_complaints ADD COLUMN satisfaction_comment text;
    ALTER TABLE portal_complaints ADD COLUMN satisfaction_at timestamptz;
    CREATE INDEX portal_complaints_satisfaction ON portal_complaints (satisfaction_at) WHERE satisfaction_at IS NOT NULL;
  `.execute(db);
}
