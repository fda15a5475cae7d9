// When support first answered a signal (a person, not automation): read by the review response decision.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function firstReplyAt(db: Db, signalId: number): Promise<Date | null> {
  const row = await db
    .selectFrom('signal_replies')
    .select((eb) => eb.fn.min('at').as('first'))
    .where('signal_id', '=', signalId)
    .where('by_automation', '=', false)
    .executeTakeFirst();
  const v = row?.first as Date | string | null | undefined;
  return v ? new Date(v) : null;
}
