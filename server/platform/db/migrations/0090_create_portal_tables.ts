import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The email on the order: personal data, used only to check a portal complaint's order and
    -- shown masked in lists. Main's customer-erasure migration (0030) adds the same column; on a
    -- database that has it, this changes nothing.
    ALTER TABLE orders ADD COLUMN IF NOT EXISTS customer_email text;

    -- A complaint filed through the public form. The status link's token is kept only as its
    -- SHA-256: a copy of the database does not open anyone's status page.
    CREATE TABLE portal_complaints (
      id bigserial PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      token_hash text NOT NULL UNIQUE,
      signal_id bigint NOT NULL,
      order_id text NOT NULL,
      items jsonb NOT NULL DEFAULT '[]'::jsonb,
      problem text NOT NULL,
      wants text NOT NULL,
      language text NOT NULL,
      owner_team text,
      status text NOT NULL DEFAULT 'received',
      created_at timestamptz NOT NULL
    );
    CREATE INDEX portal_complaints_signal ON portal_complaints (signal_id);

    -- What happened, in order: received, assigned, waiting_for_customer, decided, shipped, closed.
    CREATE TABLE portal_steps (
      id bigserial PRIMARY KEY,
      complaint_id bigint NOT NULL REFERENCES portal_complaints(id) ON DELETE CASCADE,
      step text NOT NULL,
      note text,
      at timestamptz NOT NULL
    );
    CREATE INDEX portal_steps_complaint ON portal_steps (complaint_id, id);

    -- The thread between the customer and staff.
    CREATE TABLE portal_messages (
      id bigserial PRIMARY KEY,
      complaint_id bigint NOT NULL REFERENCES portal_complaints(id) ON DELETE CASCADE,
      author text NOT NULL,
      text text NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX portal_messages_complaint ON portal_messages (complaint_id, id);

    -- A photo as stored after re-encoding (no metadata); files live under the upload folder.
    CREATE TABLE portal_photos (
      id bigserial PRIMARY KEY,
      complaint_id bigint NOT NULL REFERENCES portal_complaints(id) ON DELETE CASCADE,
      file text NOT NULL,
      thumb text NOT NULL,
      mime text NOT NULL,
      bytes int NOT NULL,
      width int NOT NULL,
      height int NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX portal_photos_complaint ON portal_photos (complaint_id, id);

    -- Wrong order/email attempts, counted per address and per order for the rate limit.
    CREATE TABLE portal_attempts (
      id bigserial PRIMARY KEY,
      key text NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX portal_attempts_key ON portal_attempts (key, at);
  `.execute(db);
}
