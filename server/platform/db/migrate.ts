import { type Migration, Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index.js';

/**
 * Runs every migration the database has not run yet. Unordered migrations are allowed: work
 * lands from parallel branches with number ranges of their own, so a store already at 0133 must
 * still run a 0100 that landed after it (each migration touches only its own module's tables).
 */
export async function migrateToLatest(db: Kysely<any>, set: Record<string, Migration> = migrations): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => set }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
