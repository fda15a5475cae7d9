import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './db/schema.js';
import type { Clock } from './clock.js';

/**
 * Runs a job body under a transaction-scoped advisory lock named for the job, so when several
 * processes run jobs on one PostgreSQL database only one runs a given job at a time; the others
 * skip it. The body must itself be idempotent (a crash can stop it anywhere).
 */
/**
 * Takes a job's lock for the rest of the transaction if nobody holds it. Work that must not
 * interleave with a job (moving a relabelled signal between issues) takes the same lock.
 */
export async function tryJobLock(tx: Transaction<DB>, name: string): Promise<boolean> {
  const got = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext(${`writeback:${name}`})) AS ok`.execute(tx);
  return Boolean(got.rows[0]?.ok);
}

export async function runExclusive<T>(
  db: Kysely<DB>,
  clock: Clock,
  name: string,
  body: (tx: Transaction<DB>) => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  return db.transaction().execute(async (tx) => {
    if (!(await tryJobLock(tx, name))) return { ran: false as const };
    const startedAt = clock.now();
    const result = await body(tx);
    await tx
      .insertInto('job_runs')
      .values({ name, last_started_at: startedAt, last_finished_at: clock.now(), last_result: JSON.stringify(result ?? null) })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ last_started_at: startedAt, last_finished_at: clock.now(), last_result: JSON.stringify(result ?? null) }),
      )
      .execute();
    return { ran: true as const, result };
  });
}

export async function lastRun(db: Kysely<DB>, name: string): Promise<Date | null> {
  const row = await db.selectFrom('job_runs').select('last_finished_at').where('name', '=', name).executeTakeFirst();
  return row?.last_finished_at ?? null;
}
