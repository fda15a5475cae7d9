import { sql, type Kysely } from 'kysely';

/**
 * The weekly report's SLA figures from a rollup instead of the raw SLA tables. A signal's SLA
 * facts (answered, minutes to first reply, resolved, minutes to resolution, first-contact
 * resolution, breached) change whenever a reply, a status change, a breach event or its applied
 * SLA changes, and those are written by several modules (and by bulk loads), so triggers put the
 * signal in `report_sla_dirty`; whoever next reads the figures (the report, the SLA sweep job)
 * recomputes those signals' facts, moves the rollup from the facts last counted
 * (`report_sla_facts`) to the new ones, and empties the queue. Every signal with an applied SLA
 * starts dirty, so the first read counts the store's history.
 *
 * Day rows per time zone, like the other report rollups; minutes are kept as histograms
 * (buckets 10% wide) so a week's median and p90 come from seven rows whatever the volume.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- No foreign key: a deleted signal must stay queued so its facts can be taken out again.
    CREATE TABLE report_sla_dirty (signal_id bigint PRIMARY KEY);

    CREATE TABLE report_sla_facts (
      signal_id bigint PRIMARY KEY,
      received_at timestamptz NOT NULL,
      responded boolean NOT NULL,
      first_response_bucket smallint,
      resolved boolean NOT NULL,
      resolution_bucket smallint,
      fcr boolean NOT NULL,
      breached boolean NOT NULL
    );

    -- Zones whose SLA rows are kept (filled from report_sla_facts the first time a report asks).
    CREATE TABLE report_sla_zones (zone text PRIMARY KEY);

    CREATE TABLE report_rollup_sla (
      zone text NOT NULL, day date NOT NULL,
      signals integer NOT NULL, responded integer NOT NULL, resolved integer NOT NULL, fcr integer NOT NULL, breached integer NOT NULL,
      first_response_hist integer[] NOT NULL, resolution_hist integer[] NOT NULL,
      PRIMARY KEY (zone, day)
    );

    -- Statement-level: a bulk insert of replies queues its signals in one statement.
    CREATE FUNCTION report_sla_dirty_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO report_sla_dirty (signal_id) SELECT DISTINCT signal_id FROM changed_rows ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;

    -- A deleted signal needs nothing of its own: the cascade deletes its applied SLA, whose trigger
    -- queues it. Updates row by row with a condition: most (triage, owner) do not touch the facts.
    CREATE FUNCTION report_sla_dirty_signal() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO report_sla_dirty (signal_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$;
    CREATE TRIGGER signals_sla_upd AFTER UPDATE ON signals FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.must_be_human IS DISTINCT FROM NEW.must_be_human OR OLD.received_at IS DISTINCT FROM NEW.received_at)
      EXECUTE FUNCTION report_sla_dirty_signal();

    INSERT INTO report_sla_dirty (signal_id) SELECT signal_id FROM applied_slas;
  `.execute(db);
  // Every table a signal's SLA facts are read from, for every change it can take.
  const queueing: [table: string, events: string[]][] = [
    ['signal_replies', ['INSERT', 'UPDATE', 'DELETE']],
    ['signal_status_changes', ['INSERT', 'UPDATE', 'DELETE']],
    ['sla_events', ['INSERT', 'DELETE']],
    ['applied_slas', ['INSERT', 'UPDATE', 'DELETE']],
  ];
  for (const [table, events] of queueing) {
    for (const event of events) {
      await sql
        .raw(`CREATE TRIGGER ${table}_sla_${event.slice(0, 3).toLowerCase()} AFTER ${event} ON ${table}
        REFERENCING ${event === 'DELETE' ? 'OLD' : 'NEW'} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION report_sla_dirty_rows()`)
        .execute(db);
    }
  }
}
