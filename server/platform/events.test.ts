import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from './db/testing.js';
import type { Database } from './db/index.js';
import { emit, subscribe, subscribersOf } from './events.js';

declare module './events.js' {
  interface EventPayloads {
    'test.happened': { n: number };
  }
}

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const event = (n: number) => ({ type: 'test.happened' as const, actor: 'test', at: new Date('2026-12-01T00:00:00Z'), payload: { n } });

describe('emit', () => {
  it('appends the event and runs subscribers in the same transaction, in order', async () => {
    const seen: string[] = [];
    subscribe('test.happened', 'first', async (tx, e) => {
      const { rows } = await sql<{ c: number }>`select count(*)::int as c from events where type = 'test.happened'`.execute(tx);
      seen.push(`first ${e.payload.n} sees ${rows[0]?.c}`);
    });
    subscribe('test.happened', 'second', async (_tx, e) => {
      seen.push(`second ${e.payload.n}`);
    });
    await emit(database.db, event(1));
    expect(seen).toEqual(['first 1 sees 1', 'second 1']);
    expect(subscribersOf('test.happened')).toEqual(['first', 'second']);
  });

  it('rolls the event back when a subscriber fails', async () => {
    subscribe('test.happened', 'second', async () => {
      throw new Error('subscriber failed');
    });
    await expect(emit(database.db, event(2))).rejects.toThrow('subscriber failed');
    const { rows } = await sql<{ c: number }>`select count(*)::int as c from events where type = 'test.happened'`.execute(database.db);
    expect(rows[0]?.c).toBe(1);
  });

  it('re-registering a name replaces the handler instead of running it twice', async () => {
    let calls = 0;
    subscribe('test.happened', 'second', async () => {
      calls++;
    });
    subscribe('test.happened', 'second', async () => {
      calls++;
    });
    await emit(database.db, event(3));
    expect(calls).toBe(1);
  });
});
