import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE customers (
      id text PRIMARY KEY,
      tier text NOT NULL DEFAULT 'new',
      demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE products (
      sku text PRIMARY KEY,
      title text NOT NULL,
      supplier text,
      page_url text,
      category text,
      promises jsonb NOT NULL DEFAULT '{}'::jsonb,
      demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE orders (
      order_id text PRIMARY KEY,
      customer_id text REFERENCES customers(id),
      ordered_at timestamptz NOT NULL,
      value numeric(14,2),
      currency char(3) NOT NULL DEFAULT 'USD',
      country text,
      shipping_method text,
      route text,
      promised_min_days integer,
      promised_max_days integer,
      shipped_at timestamptz,
      delivered_at timestamptz,
      batch text,
      supplier text,
      warehouse text,
      demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX orders_ordered_at ON orders (ordered_at);

    CREATE TABLE order_lines (
      order_id text NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
      line_no integer NOT NULL,
      sku text NOT NULL,
      variant text,
      qty integer NOT NULL,
      price numeric(14,2) NOT NULL,
      PRIMARY KEY (order_id, line_no)
    );
    CREATE INDEX order_lines_sku ON order_lines (sku, order_id);

    CREATE TABLE signals (
      id bigserial PRIMARY KEY,
      channel text NOT NULL,
      external_id text NOT NULL,
      received_at timestamptz NOT NULL,
      text text NOT NULL,
      title text,
      rating smallint,
      sku text,
      variant text,
      batch text,
      order_id text,
      customer_id text,
      customer_tier text,
      language text,
      public boolean NOT NULL DEFAULT false,
      handled_by text NOT NULL DEFAULT 'human',
      demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED,
      CONSTRAINT signals_channel_external_id UNIQUE (channel, external_id)
    );
    CREATE INDEX signals_received ON signals (received_at DESC, id DESC);
    CREATE INDEX signals_sku ON signals (sku, received_at DESC);
    CREATE INDEX signals_batch ON signals (batch) WHERE batch IS NOT NULL;
    CREATE INDEX signals_order ON signals (order_id) WHERE order_id IS NOT NULL;
    CREATE INDEX signals_search ON signals USING gin (search);

    CREATE TABLE signal_attachments (
      id bigserial PRIMARY KEY,
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      kind text NOT NULL,
      url text NOT NULL
    );
    CREATE INDEX signal_attachments_signal ON signal_attachments (signal_id);

    CREATE TABLE events (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      actor text NOT NULL,
      type text NOT NULL,
      subject_type text,
      subject_id text,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX events_subject ON events (subject_type, subject_id, id);
    CREATE INDEX events_type_at ON events (type, at);

    -- The event log is append-only: the database itself refuses edits and deletions.
    CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'events are append-only'; END $$;
    CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_append_only();
  `.execute(db);
}
