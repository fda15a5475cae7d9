import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function recordSignInFailure(db: Db, keys: string[], at: Date): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values(keys.map((key) => ({ key, at })))
    .execute();
}

export async function countSignInFailures(db: Db, key: string, since: Date): Promise<number> {
  const r = await db
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

export async function deleteOldSignInFailures(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('at', '<=', before).execute();
}
