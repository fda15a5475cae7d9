import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../client.js';
import { openTestDatabase } from '../testing.js';
import { up } from './0012_add_issue_work_statuses.js';

describe('migration 0012: an issue keeps the statuses of its actions', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('fills work_statuses from the actions already stored, in action order; an issue without actions gets none', async () => {
    const db = database.db;
    // The store as it stood before 0012: issues and their actions, no column yet.
    await sql`ALTER TABLE issues DROP COLUMN work_statuses`.execute(db);
    const issue = (key: string) =>
      sql<{ id: number }>`
      INSERT INTO issues (key, issue_type, sku, channel_counts, impact_scope) VALUES (${key}, 'defect', 'BAG-1', '{}', '{}') RETURNING id`.execute(
        db,
      );
    const [a] = (await issue('defect:BAG-1:a')).rows;
    const [b] = (await issue('defect:BAG-1:b')).rows;
    for (const status of ['done', 'proposed', 'cancelled']) {
      await sql`INSERT INTO actions (issue_id, location, change, owner_team, status, review_window_days, metric, created_by)
        VALUES (${a!.id}, 'product_page', 'fix the strap photo', 'marketing', ${status}, 14, 'matching_signals_per_order', 'test')`.execute(
        db,
      );
    }
    await up(db);
    const rows = await db.selectFrom('issues').select(['id', 'work_statuses']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: a!.id, work_statuses: ['done', 'proposed', 'cancelled'] },
      { id: b!.id, work_statuses: [] },
    ]);
  });
});
