import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Moderation honesty: the platform's published/hidden state of an imported review; null = not known.
    ALTER TABLE signals ADD COLUMN published boolean;
    -- The review-request job asks "does this customer have an open problem?" for every delivered order.
    CREATE INDEX signals_customer_open ON signals (customer_id) WHERE customer_id IS NOT NULL AND status <> 'resolved';

    CREATE TABLE ugc_assets (
      id bigserial PRIMARY KEY,
      signal_id bigint NOT NULL REFERENCES signals(id),
      kind text NOT NULL CHECK (kind IN ('review', 'photo', 'video', 'use_case')),
      media_url text,
      note text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL
    );
    -- One candidate per piece of content: proposing it twice must not split its ledger in two.
    CREATE UNIQUE INDEX ugc_assets_unique ON ugc_assets (signal_id, kind, coalesce(media_url, ''));
    CREATE INDEX ugc_assets_created ON ugc_assets (created_at);

    CREATE TABLE ugc_permission_entries (
      id bigserial PRIMARY KEY,
      asset_id bigint NOT NULL REFERENCES ugc_assets(id),
      kind text NOT NULL CHECK (kind IN ('requested', 'granted', 'denied', 'revoked', 'expired')),
      at timestamptz NOT NULL,
      recorded_by text NOT NULL,
      channels text[],
      until timestamptz,
      edit_scope text,
      incentive_given boolean,
      incentive_disclosed boolean,
      note text,
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX ugc_permission_entries_asset ON ugc_permission_entries (asset_id, id);
    CREATE INDEX ugc_permission_entries_kind_at ON ugc_permission_entries (kind, at);

    -- The ledger is evidence of what was allowed when; like the event log, the database refuses edits.
    CREATE FUNCTION ugc_permission_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'ugc permission entries are append-only'; END $$;
    CREATE TRIGGER ugc_permission_entries_no_update BEFORE UPDATE OR DELETE ON ugc_permission_entries
      FOR EACH ROW EXECUTE FUNCTION ugc_permission_entries_append_only();

    CREATE TABLE ugc_placements (
      id bigserial PRIMARY KEY,
      asset_id bigint NOT NULL REFERENCES ugc_assets(id),
      channel text NOT NULL,
      grant_entry_id bigint NOT NULL REFERENCES ugc_permission_entries(id),
      location text,
      placed_by text NOT NULL,
      placed_at timestamptz NOT NULL
    );
    CREATE INDEX ugc_placements_at ON ugc_placements (placed_at);
    CREATE INDEX ugc_placements_asset ON ugc_placements (asset_id);

    CREATE TABLE review_requests (
      id bigserial PRIMARY KEY,
      order_id text NOT NULL UNIQUE REFERENCES orders(order_id),
      customer_id text,
      delivered_at timestamptz NOT NULL,
      state text NOT NULL CHECK (state IN ('scheduled', 'suppressed', 'queued')),
      due_at timestamptz,
      suppressed_reason text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX review_requests_state ON review_requests (state, due_at);

    CREATE TABLE review_request_outbox (
      id bigserial PRIMARY KEY,
      review_request_id bigint NOT NULL UNIQUE REFERENCES review_requests(id),
      order_id text NOT NULL,
      customer_id text,
      due_at timestamptz NOT NULL,
      enqueued_at timestamptz NOT NULL,
      sent_at timestamptz,
      sent_via text,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error text
    );
    CREATE INDEX review_request_outbox_unsent ON review_request_outbox (next_attempt_at) WHERE sent_at IS NULL;
  `.execute(db);
}
