import { sql, type Kysely } from 'kysely';

/**
 * A person's own notification webhook (their Slack or chat incoming webhook): one per person,
 * beside the store-wide ones a lead registers; it receives that person's notifications of the
 * kinds they chose "by webhook" for (on unless turned off).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE notification_webhooks ADD COLUMN user_id integer REFERENCES users(id);
    CREATE UNIQUE INDEX notification_webhooks_personal ON notification_webhooks (user_id) WHERE user_id IS NOT NULL;
    ALTER TABLE notification_preferences ADD COLUMN webhook boolean NOT NULL DEFAULT true;
  `.execute(db);
}
