import { sql, type Kysely } from 'kysely';

/**
 * Notifications found by a job (SLA at risk, action due, decision asked, supplier evidence
 * overdue, verdict arrived) carry a key naming the fact, unique per person, so however often the
 * job runs one fact tells each person once; the same for each webhook's deliveries. A cursor keeps
 * the job's place in the event log. A webhook can be disabled. Each person's daily digest: on or
 * off and the hour (store time zone), and one row per person and local day it was sent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE notifications ADD COLUMN key text;
    CREATE UNIQUE INDEX notifications_user_key ON notifications (user_id, key) WHERE key IS NOT NULL;
    ALTER TABLE notification_deliveries ADD COLUMN key text;
    CREATE UNIQUE INDEX notification_deliveries_webhook_key ON notification_deliveries (webhook_id, key) WHERE key IS NOT NULL;
    ALTER TABLE notification_webhooks ADD COLUMN disabled_at timestamptz;
    CREATE TABLE notification_cursors (
      name text PRIMARY KEY,
      last_event_id bigint NOT NULL
    );
    CREATE TABLE notification_digest_settings (
      user_id integer PRIMARY KEY REFERENCES users(id),
      enabled boolean NOT NULL,
      hour integer NOT NULL CHECK (hour >= 0 AND hour <= 23)
    );
    CREATE TABLE notification_digests (
      user_id integer NOT NULL REFERENCES users(id),
      day text NOT NULL,
      state text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      error text,
      next_at timestamptz,
      created_at timestamptz NOT NULL,
      sent_at timestamptz,
      PRIMARY KEY (user_id, day)
    );
  `.execute(db);
}
