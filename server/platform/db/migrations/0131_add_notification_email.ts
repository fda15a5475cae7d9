import { sql, type Kysely } from 'kysely';

/**
 * Notifications by email: each notification is also a queued email to its person (sent when
 * WRITEBACK_SMTP_URL is set), with its own attempts, lease, back-off and last reason.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE notifications ADD COLUMN email_state text NOT NULL DEFAULT 'queued';
    ALTER TABLE notifications ADD COLUMN email_attempts integer NOT NULL DEFAULT 0;
    ALTER TABLE notifications ADD COLUMN email_next_at timestamptz;
    ALTER TABLE notifications ADD COLUMN email_leased_until timestamptz;
    ALTER TABLE notifications ADD COLUMN email_error text;
    CREATE INDEX notifications_email_due ON notifications (id) WHERE email_state IN ('queued', 'retrying');
  `.execute(db);
}
