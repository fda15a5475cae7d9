import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- One row per delivery a shop, WooCommerce or Stripe sent with a good signature, stored before
    -- it is answered and worked after. The raw body is kept so a failure can be replayed after a fix.
    -- Two keys make a redelivery a duplicate: the sender's delivery id, and the event it is about
    -- (the same merchant action delivered twice under two delivery ids).
    CREATE TABLE webhook_deliveries (
      id bigserial PRIMARY KEY,
      connector text NOT NULL,
      delivery_key text NOT NULL,
      event_key text,
      topic text NOT NULL,
      shop text,
      headers jsonb NOT NULL DEFAULT '{}'::jsonb,
      body text NOT NULL,
      received_at timestamptz NOT NULL,
      -- pending → processing → processed | stale | recorded | failed; a replay sets it back to pending.
      status text NOT NULL DEFAULT 'pending',
      reason text,
      attempts int NOT NULL DEFAULT 0,
      not_before timestamptz,
      claimed_at timestamptz,
      processed_at timestamptz,
      UNIQUE (connector, delivery_key)
    );
    CREATE UNIQUE INDEX webhook_deliveries_event ON webhook_deliveries (connector, event_key) WHERE event_key IS NOT NULL;
    CREATE INDEX webhook_deliveries_todo ON webhook_deliveries (id) WHERE status IN ('pending', 'processing');
    CREATE INDEX webhook_deliveries_failed ON webhook_deliveries (connector, id) WHERE status = 'failed';

    -- What the connections page counts: rejected attempts store nothing else, so they are counted here.
    CREATE TABLE webhook_counters (
      connector text PRIMARY KEY,
      accepted int NOT NULL DEFAULT 0,
      duplicate int NOT NULL DEFAULT 0,
      rejected int NOT NULL DEFAULT 0,
      last_delivery_at timestamptz,
      last_rejected_at timestamptz,
      last_rejected_reason text
    );

    -- A secret typed on the connections page (the environment wins over it). The one it replaced
    -- still verifies until previous_until: the sender keeps signing with it for a while.
    CREATE TABLE webhook_secrets (
      connector text PRIMARY KEY,
      secret text NOT NULL,
      previous_secret text,
      previous_until timestamptz,
      updated_at timestamptz NOT NULL
    );

    -- The sender's own last-change time of each resource applied, so an older retry never
    -- overwrites newer state (deliveries are retried with their original payload, out of order).
    CREATE TABLE webhook_resources (
      connector text NOT NULL,
      kind text NOT NULL,
      external_id text NOT NULL,
      source_updated_at timestamptz NOT NULL,
      PRIMARY KEY (connector, kind, external_id)
    );

    -- The payment behind an order (a Stripe charge or payment intent id), so a dispute finds its
    -- order; and when the shop cancelled it.
    ALTER TABLE orders ADD COLUMN payment_ref text;
    ALTER TABLE orders ADD COLUMN cancelled_at timestamptz;
    CREATE INDEX orders_payment_ref ON orders (payment_ref) WHERE payment_ref IS NOT NULL;
  `.execute(db);
}
