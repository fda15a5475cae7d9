import { sql, type Kysely } from 'kysely';

/**
 * A customer's data on request. Orders carry the customer's email (personal data: masked in
 * lists, erased with the customer); customers and signals remember when they were erased so the
 * retention job does not redo its work; and the event log, append-only against every other edit,
 * lets an erasure rewrite a payload (never the row's type, subject, actor or time, never a
 * delete) inside a transaction that declared itself one with `writeback.erasing`; the UGC
 * permission ledger lets such a transaction clear an entry's note and nothing else.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE orders ADD COLUMN customer_email text;
    ALTER TABLE customers ADD COLUMN erased_at timestamptz;
    ALTER TABLE signals ADD COLUMN erased_at timestamptz;
    CREATE INDEX orders_customer ON orders (customer_id) WHERE customer_id IS NOT NULL;
    CREATE INDEX signals_customer ON signals (customer_id) WHERE customer_id IS NOT NULL;
    CREATE INDEX signals_unerased_received ON signals (received_at) WHERE erased_at IS NULL;

    CREATE OR REPLACE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('writeback.erasing', true) = 'on'
         AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.type = OLD.type
         AND NEW.subject_type IS NOT DISTINCT FROM OLD.subject_type
         AND NEW.subject_id IS NOT DISTINCT FROM OLD.subject_id THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'events are append-only';
    END $$;

    -- The permission ledger likewise: an erasure may clear a note (the customer's words), nothing else.
    CREATE OR REPLACE FUNCTION ugc_permission_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('writeback.erasing', true) = 'on' AND NEW.note IS NULL
         AND (to_jsonb(NEW) - 'note') = (to_jsonb(OLD) - 'note') THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'ugc permission entries are append-only';
    END $$;
  `.execute(db);
}
