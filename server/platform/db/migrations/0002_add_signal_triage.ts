import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE signals
      ADD COLUMN issue_types text[] NOT NULL DEFAULT '{}',
      ADD COLUMN stage text,
      ADD COLUMN sentiment_label text,
      ADD COLUMN sentiment_score real,
      ADD COLUMN clues text[] NOT NULL DEFAULT '{}',
      ADD COLUMN owner_team text,
      ADD COLUMN must_be_human boolean NOT NULL DEFAULT false,
      ADD COLUMN sla_class text,
      ADD COLUMN triage jsonb,
      ADD COLUMN triaged_at timestamptz,
      ADD COLUMN triage_version text,
      ADD COLUMN labels_corrected boolean NOT NULL DEFAULT false,
      ADD COLUMN status text NOT NULL DEFAULT 'open';
    CREATE INDEX signals_issue_types ON signals USING gin (issue_types);
    CREATE INDEX signals_owner_team ON signals (owner_team, received_at DESC);
    CREATE INDEX signals_untriaged ON signals (id) WHERE triaged_at IS NULL;

    CREATE TABLE triage_models (
      id serial PRIMARY KEY,
      version text NOT NULL UNIQUE,
      trained_at timestamptz NOT NULL,
      examples integer NOT NULL,
      evaluation jsonb NOT NULL DEFAULT '{}'::jsonb,
      model jsonb NOT NULL,
      active boolean NOT NULL DEFAULT false
    );

    CREATE TABLE triage_rules (
      id serial PRIMARY KEY,
      issue_type text NOT NULL,
      language text NOT NULL DEFAULT 'any',
      phrase text,
      pattern text,
      weight real NOT NULL DEFAULT 1,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((phrase IS NULL) <> (pattern IS NULL))
    );

    -- Seller settings as data (teams, SLA policy): one JSON document per key.
    CREATE TABLE settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
