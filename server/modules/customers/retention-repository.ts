import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

const KEY = 'retention';

/** The stored setting: undefined when never set (the environment decides), null when set to keep everything. */
export async function loadStoredRetention(db: Db): Promise<number | null | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return undefined;
  const months = (row.value as { months?: unknown } | null)?.months;
  return typeof months === 'number' && Number.isInteger(months) && months > 0 ? months : null;
}

export async function saveRetention(db: Db, months: number | null, at: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: KEY, value: JSON.stringify({ months }), updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify({ months }), updated_at: at }))
    .execute();
}
