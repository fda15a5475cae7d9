import { expressionBuilder, sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * A work order's decision (what the customer will get) and the customer's satisfaction are facts
 * about the signal that later doors record here (the portal's "decided" step and satisfaction
 * question), so the SLA figures and the reports read one place whatever the channel.
 */
/** Keeps the first decision: processing time runs to when the customer was first told. */
export async function storeDecision(db: Db, rows: { signalId: number; at: Date; source: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('signal_decisions')
    .values(rows.map((r) => ({ signal_id: r.signalId, at: r.at, source: r.source })))
    .onConflict((oc) =>
      oc
        .column('signal_id')
        .doUpdateSet({ at: sql`least(signal_decisions.at, excluded.at)`, source: sql`CASE WHEN excluded.at < signal_decisions.at THEN excluded.source ELSE signal_decisions.source END` }),
    )
    .execute();
}

/** The recorded decisions and the applied SLAs' calendars, as typed subqueries a later stage composes. */
export function signalDecisionsSubquery() {
  return expressionBuilder<DB>().selectFrom('signal_decisions').select(['signal_id', 'at']);
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
