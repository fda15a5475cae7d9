import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from './testing.js';
import type { Database } from './index.js';
import { cachedConfig } from './config-cache.js';

let a: Database;
let b: Database;
beforeAll(async () => {
  a = await openTestDatabase();
  b = await openTestDatabase();
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

/** A value built from the settings table, counting how often it was built. */
let builds = 0;
const readGreeting = (d: Database['db']) =>
  cachedConfig(d, 'test-greeting', ['settings'], async (db) => {
    builds++;
    const row = await db.selectFrom('settings').select('value').where('key', '=', 'greeting').executeTakeFirst();
    return (row?.value as string | undefined) ?? 'none';
  });

describe('cached configuration', () => {
  it('is built once while its tables stay the same, and again after any change to them, however it was made', async () => {
    builds = 0;
    expect(await readGreeting(a.db)).toBe('none');
    expect(await readGreeting(a.db)).toBe('none');
    expect(builds).toBe(1);
    // A change made as another process would make it: plain SQL, no call into the cache.
    await sql`INSERT INTO settings (key, value) VALUES ('greeting', '"hello"')`.execute(a.db);
    expect(await readGreeting(a.db)).toBe('hello');
    await sql`UPDATE settings SET value = '"bye"' WHERE key = 'greeting'`.execute(a.db);
    expect(await readGreeting(a.db)).toBe('bye');
    await sql`DELETE FROM settings WHERE key = 'greeting'`.execute(a.db);
    expect(await readGreeting(a.db)).toBe('none');
    expect(builds).toBe(4);
  });

  it('never hands one database the value built from another whose versions are equal (a copy of one template)', async () => {
    await sql`INSERT INTO settings (key, value) VALUES ('greeting', '"from a"')`.execute(a.db);
    await sql`INSERT INTO settings (key, value) VALUES ('greeting', '"from b"')`.execute(b.db);
    for (const d of [a, b]) {
      await sql`UPDATE config_versions SET version = 100 WHERE name = 'settings'`.execute(d.db);
      await sql`UPDATE config_versions SET version = 7 WHERE name = 'instance'`.execute(d.db);
    }
    expect(await readGreeting(a.db)).toBe('from a');
    expect(await readGreeting(b.db)).toBe('from b');
    expect(await readGreeting(a.db)).toBe('from a');
  });

  it('reads the versions once per transaction, and a change committed between transactions is seen by the next', async () => {
    await a.db.transaction().execute(async (tx) => {
      expect(await readGreeting(tx)).toBe('from a');
      expect(await readGreeting(tx)).toBe('from a');
    });
    await sql`UPDATE settings SET value = '"again"' WHERE key = 'greeting'`.execute(a.db);
    await a.db.transaction().execute(async (tx) => expect(await readGreeting(tx)).toBe('again'));
  });
});
