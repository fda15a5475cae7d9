import { sql, type Kysely } from 'kysely';

/**
 * Notifications (server/modules/notifications): what each person is told in the app (the bell),
 * the outgoing notification webhooks an admin registers, and their delivery queue (claimed with a
 * lease, retried with back-off, the last attempts listed with each webhook).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE notifications (
      id serial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      title text NOT NULL,
      subject_type text,
      subject_id text,
      created_at timestamptz NOT NULL,
      read_at timestamptz
    );
    CREATE INDEX notifications_user ON notifications (user_id, id DESC);
    CREATE TABLE notification_webhooks (
      id serial PRIMARY KEY,
      url text NOT NULL,
      events jsonb NOT NULL,
      secret text NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE TABLE notification_deliveries (
      id serial PRIMARY KEY,
      webhook_id integer NOT NULL REFERENCES notification_webhooks(id) ON DELETE CASCADE,
      event_type text NOT NULL,
      body jsonb NOT NULL,
      state text NOT NULL DEFAULT 'queued',
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      leased_until timestamptz,
      last_error text,
      last_status integer,
      created_at timestamptz NOT NULL,
      sent_at timestamptz
    );
    CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE state <> 'sent';
    CREATE INDEX notification_deliveries_webhook ON notification_deliveries (webhook_id, id DESC);
  `.execute(db);
}
