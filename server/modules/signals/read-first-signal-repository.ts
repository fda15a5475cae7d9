import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** When the first signal was received, or null with none. */
export async function firstSignalAt(db: Kysely<DB> | Transaction<DB>): Promise<Date | null> {
  const r = await db
    .selectFrom('signals')
    .select((eb) => eb.fn.min('received_at').as('at'))
    .executeTakeFirst();
  return (r?.at as Date | null | undefined) ?? null;
}
