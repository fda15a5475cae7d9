import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE signal_replies (
      id bigserial PRIMARY KEY,
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      author text NOT NULL,
      by_automation boolean NOT NULL DEFAULT false,
      public boolean NOT NULL DEFAULT false,
      text text NOT NULL,
      findings jsonb NOT NULL DEFAULT '[]'::jsonb,
      override_reason text
    );
    CREATE INDEX signal_replies_signal ON signal_replies (signal_id, at);

    CREATE TABLE signal_status_changes (
      id bigserial PRIMARY KEY,
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      status text NOT NULL,
      actor text NOT NULL
    );
    CREATE INDEX signal_status_changes_signal ON signal_status_changes (signal_id, at);

    CREATE TABLE applied_slas (
      signal_id bigint PRIMARY KEY REFERENCES signals(id) ON DELETE CASCADE,
      sla_class text NOT NULL,
      applied jsonb NOT NULL,
      state text NOT NULL,
      first_response_due_at timestamptz NOT NULL,
      resolution_due_at timestamptz NOT NULL,
      next_check_at timestamptz,
      evaluated_at timestamptz
    );
    CREATE INDEX applied_slas_next_check ON applied_slas (next_check_at) WHERE next_check_at IS NOT NULL;
    CREATE INDEX applied_slas_state ON applied_slas (state);

    -- Immutable: one row per event key, so a sweep run twice (or by two processes) writes once.
    CREATE TABLE sla_events (
      key text PRIMARY KEY,
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      type text NOT NULL,
      at timestamptz NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX sla_events_signal ON sla_events (signal_id);
    CREATE INDEX sla_events_type_at ON sla_events (type, at);
  `.execute(db);
}
