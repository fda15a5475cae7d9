import type { CommonFlags } from './store.js';
import { openDatabase, migrateToLatest } from '../platform/db/index.js';
import { configFrom } from './store.js';

export async function dbMigrateCommand(flags: CommonFlags): Promise<void> {
  const config = configFrom(flags);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embedded: config.embedded });
  try {
    const applied = await migrateToLatest(database.db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
  } finally {
    await database.close();
  }
}
