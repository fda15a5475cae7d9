import { expressionBuilder, sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export type WorkStep = 'first_response' | 'decision' | 'resolution';

/**
 * Work-order steps that happen outside replies and status changes (the portal's thread and the
 * steps its status page shows), recorded on the signal so the processing time and the reports
 * read one place whatever the channel. The first response and the decision keep their first
 * time (processing time runs to when the customer was first told); the resolution its last.
 */
export async function storeWorkSteps(db: Db, rows: { signalId: number; step: WorkStep; at: Date; source: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('signal_work_steps')
    .values(rows.map((r) => ({ signal_id: r.signalId, step: r.step, at: r.at, source: r.source })))
    .onConflict((oc) =>
      oc.columns(['signal_id', 'step']).doUpdateSet({
        at: sql`CASE WHEN excluded.step = 'resolution' THEN greatest(signal_work_steps.at, excluded.at) ELSE least(signal_work_steps.at, excluded.at) END`,
        source: sql`CASE WHEN excluded.at = (CASE WHEN excluded.step = 'resolution' THEN greatest(signal_work_steps.at, excluded.at)
          ELSE least(signal_work_steps.at, excluded.at) END) THEN excluded.source ELSE signal_work_steps.source END`,
      }),
    )
    .execute();
}

/** The recorded steps and the applied SLAs' calendars, as typed subqueries a later stage composes. */
export function signalWorkStepsSubquery() {
  return expressionBuilder<DB>().selectFrom('signal_work_steps').select(['signal_id', 'step', 'at']);
}

export function appliedCalendarsSubquery() {
  return expressionBuilder<DB>()
    .selectFrom('applied_slas')
    .select(['signal_id', sql<string | null>`(applied->'calendar')::text`.as('calendar')]);
}

export interface SatisfactionCounts {
  /** Answers given in the window (1–5). */
  answers: number;
  /** Of them, 4 or 5: the CSAT numerator. */
  satisfied: number;
  scoreSum: number;
}

/** Satisfaction answers given in [from, to), from any source (helpdesk history, the portal). */
export async function satisfactionBetween(db: Db, from: Date, to: Date): Promise<SatisfactionCounts> {
  const r = await db
    .selectFrom('signal_satisfaction')
    .select([
      sql<number>`count(*)::int`.as('answers'),
      sql<number>`count(*) FILTER (WHERE score >= 4)::int`.as('satisfied'),
      sql<number>`coalesce(sum(score), 0)::int`.as('score_sum'),
    ])
    .where('at', '>=', from)
    .where('at', '<', to)
    .executeTakeFirstOrThrow();
  return { answers: Number(r.answers), satisfied: Number(r.satisfied), scoreSum: Number(r.score_sum) };
}
