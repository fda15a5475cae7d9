import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from './platform/db/client.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { adminQuery, createDatabase, TEMPLATE_ENV } from './platform/db/testing.js';

/**
 * Migrates one database before the test files start, and lets each file copy it
 * (openTestDatabase): every migration otherwise ran once per file, about 3 s on PGlite. Test
 * files still each get their own database; they still run the migrator, which finds nothing to do.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // The db and browser projects both name this setup; the first one makes the template.
  if (process.env[TEMPLATE_ENV]) return async () => {};
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), 'wb-test-template-'));
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    const dump = await database.pglite?.dumpDataDir('none');
    await database.close();
    if (!dump) throw new Error('test template: PGlite gave no data folder');
    const file = path.join(dir, 'template.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env[TEMPLATE_ENV] = file;
    return async () => rmSync(dir, { recursive: true, force: true });
  }
  const name = `wb_template_${process.pid}`;
  await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await createDatabase(url, name);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 1 });
  await migrateToLatest(database.db);
  await database.close();
  process.env[TEMPLATE_ENV] = name;
  return async () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
