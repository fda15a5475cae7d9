import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

describe('migrateToLatest', () => {
  it('runs a migration that landed after a later-numbered one had already run', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      const names = Object.keys(migrations);
      const late = names[names.length - 5] as string; // numbered below the four after it
      const { [late]: _left, ...earlier } = migrations;
      expect(await migrateToLatest(database.db, earlier)).not.toContain(late);
      expect(await migrateToLatest(database.db)).toEqual([late]);
      expect(await migrateToLatest(database.db)).toEqual([]);
    } finally {
      await database.close();
    }
  }, 60_000);
});
