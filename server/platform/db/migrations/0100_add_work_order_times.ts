import { sql, type Kysely } from 'kysely';

/**
 * Processing time per work order (a signal with an applied SLA): received → first response →
 * decision → resolved, in calendar and business hours.
 *
 * `signal_work_steps` (sla's) holds steps a door records outside replies and status changes (the
 * portal's thread and steps): the first response, the decision and the closing the customer saw.
 *
 * `report_work_orders` (reports') keeps each work order's times, recomputed with the SLA facts
 * from the same queue (`report_sla_dirty`, migration 0011); `report_rollup_processing` keeps a row
 * per zone, local ISO week or month, and group (all, issue type, channel; SKU for months) with
 * histograms of the six durations, so a week's median and p90 come from a few dozen rows whatever
 * the volume (day rows made the weekly report read seven times the histograms).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE signal_work_steps (
      signal_id bigint NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
      step text NOT NULL CHECK (step IN ('first_response', 'decision', 'resolution')),
      at timestamptz NOT NULL,
      source text NOT NULL,
      PRIMARY KEY (signal_id, step)
    );
    -- CSAT is read by when the answer was given.
    CREATE INDEX signal_satisfaction_at ON signal_satisfaction (at);

    CREATE TABLE report_work_orders (
      signal_id bigint PRIMARY KEY,
      received_at timestamptz NOT NULL,
      channel text NOT NULL,
      issue_types text[] NOT NULL,
      sku text,
      complaint boolean NOT NULL,
      first_response_at timestamptz,
      decided_at timestamptz,
      resolved_at timestamptz,
      -- hours: calendar (h) and business (bh) from receipt to each step
      first_response_h float8, first_response_bh float8,
      decision_h float8, decision_bh float8,
      resolution_h float8, resolution_bh float8
    );
    CREATE INDEX report_work_orders_received ON report_work_orders (received_at);

    CREATE TABLE report_rollup_processing (
      zone text NOT NULL, period text NOT NULL CHECK (period IN ('week', 'month')), start date NOT NULL,
      dim text NOT NULL, key text NOT NULL,
      work_orders integer NOT NULL, complaints integer NOT NULL, portal_complaints integer NOT NULL,
      -- six histograms of SLA_BUCKETS each, one after the other: first response, decision,
      -- resolution in calendar minutes, then the same in business minutes; empty when dim = 'sku'
      hist integer[] NOT NULL,
      PRIMARY KEY (zone, period, start, dim, key)
    );

    CREATE TRIGGER signal_work_steps_sla_ins AFTER INSERT ON signal_work_steps
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION report_sla_dirty_rows();
    CREATE TRIGGER signal_work_steps_sla_upd AFTER UPDATE ON signal_work_steps
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION report_sla_dirty_rows();
    CREATE TRIGGER signal_work_steps_sla_del AFTER DELETE ON signal_work_steps
      REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION report_sla_dirty_rows();
    -- A work order's groups change with its triage and its SKU.
    CREATE TRIGGER signals_work_order_upd AFTER UPDATE ON signals FOR EACH ROW
      WHEN (OLD.issue_types IS DISTINCT FROM NEW.issue_types OR OLD.stage IS DISTINCT FROM NEW.stage
        OR OLD.sku IS DISTINCT FROM NEW.sku OR OLD.channel IS DISTINCT FROM NEW.channel)
      EXECUTE FUNCTION report_sla_dirty_signal();

    -- Every work order already stored is counted at the next drain.
    INSERT INTO report_sla_dirty (signal_id) SELECT signal_id FROM applied_slas ON CONFLICT DO NOTHING;
  `.execute(db);
}
