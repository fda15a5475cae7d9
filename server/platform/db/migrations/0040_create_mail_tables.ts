import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Every email message Writeback has seen or sent, by its Message-ID. A thread (one customer
    -- case) is one signal: the first inbound message makes it, later messages of the thread (the
    -- customer's follow-ups, our replies) join it here. problems lists what could not be read.
    CREATE TABLE mail_messages (
      id bigserial PRIMARY KEY,
      message_id text NOT NULL UNIQUE,
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      direction text NOT NULL CHECK (direction IN ('in', 'out')),
      from_address text,
      to_address text,
      subject text,
      sent_at timestamptz NOT NULL,
      in_reply_to text,
      refs jsonb NOT NULL DEFAULT '[]'::jsonb,
      text text NOT NULL,
      problems jsonb NOT NULL DEFAULT '[]'::jsonb,
      source text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX mail_messages_signal ON mail_messages (signal_id, sent_at);

    -- Attachments of a message: stored under the data folder by content hash, or not stored with the reason.
    CREATE TABLE mail_attachments (
      id bigserial PRIMARY KEY,
      mail_message_id bigint NOT NULL REFERENCES mail_messages(id) ON DELETE CASCADE,
      filename text,
      content_type text NOT NULL,
      size bigint NOT NULL,
      sha256 text,
      reason text
    );
    CREATE INDEX mail_attachments_message ON mail_attachments (mail_message_id);
    CREATE INDEX mail_attachments_sha ON mail_attachments (sha256) WHERE sha256 IS NOT NULL;

    -- Replies to email signals waiting for, or done with, SMTP: queued → sent, or retrying (with
    -- the last reason and the next attempt, backing off) → sent or failed (with the reason).
    CREATE TABLE mail_outbox (
      id bigserial PRIMARY KEY,
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      reply_id bigint NOT NULL UNIQUE,
      to_address text NOT NULL,
      subject text NOT NULL,
      message_id text NOT NULL,
      in_reply_to text,
      refs jsonb NOT NULL DEFAULT '[]'::jsonb,
      body text NOT NULL,
      status text NOT NULL CHECK (status IN ('queued', 'retrying', 'sent', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status IN ('queued', 'retrying');
    CREATE INDEX mail_outbox_signal ON mail_outbox (signal_id);

    -- How far each polled mailbox has been read (IMAP UIDs are only comparable within one UIDVALIDITY).
    CREATE TABLE mail_cursors (
      mailbox text PRIMARY KEY,
      uid_validity text NOT NULL,
      last_uid bigint NOT NULL
    );
  `.execute(db);
}
