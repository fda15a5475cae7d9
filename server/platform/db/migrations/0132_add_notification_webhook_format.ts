import { sql, type Kysely } from 'kysely';

/** A notification webhook's body: the generic signed JSON, or Slack-compatible `{ text }` (still signed). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE notification_webhooks ADD COLUMN format text NOT NULL DEFAULT 'generic'`.execute(db);
}
