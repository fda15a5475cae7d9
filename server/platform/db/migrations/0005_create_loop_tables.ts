import { sql, type Kysely } from 'kysely';

/** The write-back loop: issues (repeats) and their signals, themes, playbooks, actions, decisions, knowledge. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE issues (
      id bigserial PRIMARY KEY,
      -- issueKey(): one row per (type, SKU, and the batch / route / market that names the cause)
      key text NOT NULL UNIQUE,
      issue_type text NOT NULL,
      sku text NOT NULL,
      batch text,
      route text,
      market text,
      status text NOT NULL DEFAULT 'watching',
      status_reason text,
      signal_count int NOT NULL DEFAULT 0,
      report_count int NOT NULL DEFAULT 0,
      channel_counts jsonb NOT NULL DEFAULT '{}'::jsonb,
      first_seen_at timestamptz,
      last_seen_at timestamptz,
      spike jsonb,
      spike_checked_through text,  -- YYYY-MM-DD (UTC), the last complete day tested
      playbook_id text,
      playbook_matched_on text[] NOT NULL DEFAULT '{}',
      owner_team text,
      stage text,
      has_media boolean NOT NULL DEFAULT false,
      automation_involved boolean NOT NULL DEFAULT false,
      representative_signal_id bigint,
      representative_text text,
      impact_scope jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX issues_sku ON issues (sku);
    CREATE INDEX issues_status ON issues (status);

    -- A signal joins one issue per issue type it carries; the primary key makes assignment idempotent.
    CREATE TABLE issue_signals (
      issue_id bigint NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      issue_type text NOT NULL,
      received_at timestamptz NOT NULL,
      PRIMARY KEY (issue_id, signal_id),
      UNIQUE (signal_id, issue_type)
    );
    CREATE INDEX issue_signals_issue_day ON issue_signals (issue_id, received_at);

    CREATE TABLE themes (
      id text PRIMARY KEY,
      computed_at timestamptz NOT NULL,
      window_from timestamptz NOT NULL,
      size int NOT NULL,
      top_terms text[] NOT NULL,
      representative_signal_id bigint,
      representative_text text NOT NULL,
      member_ids bigint[] NOT NULL,
      skus text[] NOT NULL DEFAULT '{}'
    );

    CREATE TABLE playbooks (
      id text PRIMARY KEY,
      definition jsonb NOT NULL,
      -- false: the shipped default (refreshed on upgrade); true: the seller's own version, kept as is
      edited boolean NOT NULL DEFAULT false,
      version int NOT NULL DEFAULT 1,
      updated_by text NOT NULL DEFAULT 'system',
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE actions (
      id bigserial PRIMARY KEY,
      issue_id bigint NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
      location text NOT NULL,
      change text NOT NULL,
      owner_team text NOT NULL,
      owner text,
      status text NOT NULL DEFAULT 'proposed',
      due_at timestamptz,
      review_date timestamptz,
      review_window_days int NOT NULL,
      metric text NOT NULL,
      baseline jsonb,
      verdict jsonb,
      kinds text[] NOT NULL DEFAULT '{}',
      automates text[] NOT NULL DEFAULT '{}',
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      done_at timestamptz,
      reviewed_at timestamptz,
      -- set by importers such as the demo's already-made fixes, so loading twice adds nothing
      source_ref text UNIQUE,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX actions_issue ON actions (issue_id);
    CREATE INDEX actions_due_review ON actions (review_date) WHERE status = 'done';

    CREATE TABLE decisions (
      id bigserial PRIMARY KEY,
      issue_id bigint NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
      type text NOT NULL,
      decided_by text NOT NULL,
      decided_at timestamptz NOT NULL,
      note text NOT NULL,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX decisions_issue ON decisions (issue_id, decided_at);

    -- Versioned: a change is a new row, so an agent can see the current answer and its history.
    CREATE TABLE knowledge_entries (
      id text NOT NULL,
      version int NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      sku text,
      issue_id bigint REFERENCES issues(id) ON DELETE SET NULL,
      change_note text,
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, version)
    );
    CREATE INDEX knowledge_entries_sku ON knowledge_entries (sku);
  `.execute(db);
}
