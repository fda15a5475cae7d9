import { sql, type Kysely } from 'kysely';

/**
 * A version per configuration table, bumped by a trigger in the transaction of every statement that
 * changes the table, so a process can keep what it built from the table (compiled seller rules, the
 * triage model, the SLA policy) and know with one small read whether it is still current, in every
 * process that shares the database. `instance` tells databases apart: two databases' counters
 * start at the same numbers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE config_versions (name text PRIMARY KEY, version bigint NOT NULL DEFAULT 0);
    INSERT INTO config_versions (name, version) VALUES
      ('instance', ('x' || substr(md5(random()::text || clock_timestamp()::text), 1, 12))::bit(48)::bigint),
      ('settings', 0), ('triage_rules', 0), ('triage_models', 0);
    CREATE FUNCTION bump_config_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE config_versions SET version = version + 1 WHERE name = TG_TABLE_NAME;
      RETURN NULL;
    END $$;
    CREATE TRIGGER settings_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
      FOR EACH STATEMENT EXECUTE FUNCTION bump_config_version();
    CREATE TRIGGER triage_rules_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON triage_rules
      FOR EACH STATEMENT EXECUTE FUNCTION bump_config_version();
    CREATE TRIGGER triage_models_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON triage_models
      FOR EACH STATEMENT EXECUTE FUNCTION bump_config_version();
  `.execute(db);
}
