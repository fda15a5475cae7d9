import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Connector } from './connector.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface PageSecret {
  secret: string;
  previousSecret: string | null;
  previousUntil: Date | null;
}

export async function readPageSecrets(db: Db): Promise<Map<Connector, PageSecret>> {
  const rows = await db.selectFrom('webhook_secrets').selectAll().execute();
  return new Map(
    rows.map((r) => [r.connector as Connector, { secret: r.secret, previousSecret: r.previous_secret, previousUntil: r.previous_until }]),
  );
}

/** The new secret replaces the current one, which keeps verifying until `previousUntil`. */
export async function storePageSecret(db: Db, connector: Connector, secret: string, now: Date, previousUntil: Date): Promise<void> {
  const cur = (await readPageSecrets(db)).get(connector);
  const previous = cur && cur.secret !== secret ? cur.secret : (cur?.previousSecret ?? null);
  await db
    .insertInto('webhook_secrets')
    .values({ connector, secret, previous_secret: previous, previous_until: previous ? previousUntil : null, updated_at: now })
    .onConflict((oc) =>
      oc
        .column('connector')
        .doUpdateSet({ secret, previous_secret: previous, previous_until: previous ? previousUntil : null, updated_at: now }),
    )
    .execute();
}

export async function deletePageSecret(db: Db, connector: Connector): Promise<void> {
  await db.deleteFrom('webhook_secrets').where('connector', '=', connector).execute();
}
