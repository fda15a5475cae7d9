import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from '../../platform/db/testing.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/index.js';
import { importFile, type ImportOptions } from '../signals/index.js';
import { recordImportedHandling } from './record-imported-handling.js';
import { slaFiguresBetween } from '../sla/index.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../../test-data/imports');
let database: Database;
let dir: string;
const ctx = () => ({ db: database.db, clock: fixedClock('2026-11-16T00:00:00Z') });
const run = (name: string, o: Partial<ImportOptions> = {}) =>
  importFile(ctx(), { kind: 'signals', file: path.join(SAMPLES, name), rejectFile: path.join(dir, `${name}.rejects`), ...o });
const signals = async () =>
  (
    await sql<{
      channel: string;
      external_id: string;
      received_at: Date;
      rating: number | null;
      sku: string | null;
      order_id: string | null;
      public: boolean;
      text: string;
    }>`
      select channel, external_id, received_at, rating, sku, order_id, public, text from signals order by external_id`.execute(database.db)
  ).rows;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-presets-'));
  await database.db.deleteFrom('signals').execute();
});

describe('helpdesk history imported with its tickets', () => {
  it('Zendesk: tickets with their agent replies, solved and reopened times and rating, recorded once', async () => {
    const onHandling = (items: Parameters<NonNullable<ImportOptions['onHandling']>>[0]) => recordImportedHandling(database.db, items);
    const s = await run('zendesk-tickets.json', { onHandling });
    expect(s).toMatchObject({ preset: 'zendesk', inserted: 2, rejected: 0 });
    const id = (await signals()).find((r) => r.external_id === 'zendesk-35436')!;
    expect(id.text).toContain('lid of my kettle cracked');
    const replies = await sql<{
      at: Date;
      text: string;
    }>`select r.at, r.text from signal_replies r join signals s on s.id = r.signal_id where s.external_id = 'zendesk-35436'`.execute(
      database.db,
    );
    expect(replies.rows.map((r) => r.at.toISOString())).toEqual(['2026-11-03T09:15:00.000Z']); // the internal note and the customer's thanks are not replies
    const changes = await sql<{
      status: string;
      at: Date;
    }>`select c.status, c.at from signal_status_changes c join signals s on s.id = c.signal_id where s.external_id = 'zendesk-35436' order by c.at`.execute(
      database.db,
    );
    expect(changes.rows.map((c) => c.status)).toEqual(['resolved', 'reopened', 'resolved']);
    // The rating reaches the SLA figures' CSAT (the unoffered one counts for nothing), and the
    // reopen and first-contact resolution figures count the helpdesk's history.
    const figures = await slaFiguresBetween(ctx(), new Date('2026-11-01T00:00:00Z'), new Date('2026-11-15T00:00:00Z'));
    expect(figures.csat).toMatchObject({ count: 1, average: 5 });
    expect(figures.reopen.count).toBe(1);
    await run('zendesk-tickets.json', { onHandling });
    const again = await sql<{
      n: number;
    }>`select count(*)::int as n from signal_replies r join signals s on s.id = r.signal_id where s.external_id = 'zendesk-35436'`.execute(
      database.db,
    );
    expect(again.rows[0]!.n).toBe(1);
  });

  it('Gorgias: public agent messages are replies, closed time resolves, survey score kept', async () => {
    const s = await run('gorgias-tickets.json', { onHandling: (items) => recordImportedHandling(database.db, items) });
    expect(s).toMatchObject({ preset: 'gorgias', inserted: 1, rejected: 0 });
    const replies = await sql<{
      at: Date;
    }>`select r.at from signal_replies r join signals s on s.id = r.signal_id where s.external_id = 'gorgias-88001'`.execute(database.db);
    expect(replies.rows.map((r) => r.at.toISOString())).toEqual(['2026-11-06T10:00:05.000Z']);
    const status = await sql<{ status: string }>`select status from signals where external_id = 'gorgias-88001'`.execute(database.db);
    expect(status.rows[0]!.status).toBe('resolved');
  });
});
