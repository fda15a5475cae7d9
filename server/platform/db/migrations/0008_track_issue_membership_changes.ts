import { sql, type Kysely } from 'kysely';

/**
 * Issue membership follows a signal's labels and scope. A corrected label, a re-triage that
 * changes a signal's issue types, or an order whose batch, route or market changes (or that
 * arrives after its signals) puts the signal in `issue_resync`; whoever holds the issues-detect
 * lock — a label edit at once, or the job — moves it. Triggers catch every writer (re-triage
 * lives in the triage module, order changes in orders), so no path can forget to. And each issue
 * keeps the already-tested days that received new signals since (a late import, a moved
 * signal), so the spike test goes back to them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE issues ADD COLUMN spike_untested_days text[] NOT NULL DEFAULT '{}';

    CREATE TABLE issue_resync (
      signal_id bigint PRIMARY KEY REFERENCES signals(id) ON DELETE CASCADE
    );

    CREATE FUNCTION issue_resync_signal() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO issue_resync (signal_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
    CREATE TRIGGER signals_issue_resync AFTER UPDATE ON signals FOR EACH ROW
      WHEN (OLD.issue_types IS DISTINCT FROM NEW.issue_types OR OLD.sku IS DISTINCT FROM NEW.sku
        OR OLD.batch IS DISTINCT FROM NEW.batch OR OLD.order_id IS DISTINCT FROM NEW.order_id)
      EXECUTE FUNCTION issue_resync_signal();

    -- An order's batch, route and country (the market) are part of its signals' issue keys.
    -- Only signals already in an issue need a move; the rest are assigned with the new values.
    CREATE FUNCTION issue_resync_order() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO issue_resync (signal_id)
        SELECT s.id FROM signals s WHERE s.order_id = NEW.order_id
          AND EXISTS (SELECT 1 FROM issue_signals i WHERE i.signal_id = s.id)
        ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
    CREATE TRIGGER orders_issue_resync AFTER UPDATE ON orders FOR EACH ROW
      WHEN (OLD.batch IS DISTINCT FROM NEW.batch OR OLD.route IS DISTINCT FROM NEW.route OR OLD.country IS DISTINCT FROM NEW.country)
      EXECUTE FUNCTION issue_resync_order();

    -- An order stored after its signals: one join per statement, however many orders it inserts.
    CREATE FUNCTION issue_resync_new_orders() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO issue_resync (signal_id)
        SELECT s.id FROM new_orders o JOIN signals s ON s.order_id = o.order_id
          WHERE EXISTS (SELECT 1 FROM issue_signals i WHERE i.signal_id = s.id)
        ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
    CREATE TRIGGER orders_issue_resync_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_orders
      FOR EACH STATEMENT EXECUTE FUNCTION issue_resync_new_orders();
  `.execute(db);
}
