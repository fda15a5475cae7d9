import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../client.js';
import { openTestDatabase } from '../testing.js';
import { up } from './0081_praise_issue_status.js';

describe('migration 0081: stored praise issues leave "needs action"', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('moves praise issues that were watching or needing action; other types and praise with work keep theirs', async () => {
    const db = database.db;
    const issue = (key: string, type: string, status: string) =>
      sql<{ id: number }>`
      INSERT INTO issues (key, issue_type, sku, status, channel_counts, impact_scope) VALUES (${key}, ${type}, 'BAG-1', ${status}, '{}', '{}') RETURNING id`.execute(
        db,
      );
    await issue('p1', 'praise', 'needs_action');
    await issue('p2', 'praise', 'watching');
    await issue('p3', 'praise', 'action_planned');
    await issue('d1', 'defect', 'needs_action');
    await up(db);
    const rows = await db.selectFrom('issues').select(['key', 'status']).orderBy('key').execute();
    expect(rows).toEqual([
      { key: 'd1', status: 'needs_action' },
      { key: 'p1', status: 'praise' },
      { key: 'p2', status: 'praise' },
      { key: 'p3', status: 'action_planned' },
    ]);
  });
});
