// A database outage on a real PostgreSQL server (a private cluster this test starts and stops):
// requests answer 503 with Retry-After instead of 500, the log gets one line instead of one per
// request, and the same process recovers once the server is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { openDatabase, migrateToLatest, type Database } from './platform/db/index.js';
import { fixedClock } from './platform/clock.js';
import { createLogger } from './platform/logger.js';
import type { AppContext } from './platform/http/context.js';
import { buildSignal } from './test/factories.js';
import { postgresBinDir, startPrivateCluster, type PrivateCluster } from './test/private-cluster.js';

let cluster: PrivateCluster;
let database: Database;
const lines: { level: string; msg: string; [k: string]: unknown }[] = [];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  cluster = await startPrivateCluster();
  database = await openDatabase({ databaseUrl: cluster.url, poolSize: 4 });
  await migrateToLatest(database.db);
  const ctx: AppContext = {
    db: database.db,
    clock: fixedClock('2026-11-16T12:00:00Z'),
    logger: createLogger('info', (l) => lines.push(JSON.parse(l))),
    config: { adminToken: undefined, timeZone: 'UTC' },
  };
  app = createApp(ctx, { engine: 'postgres' });
}, 120_000);
afterAll(async () => {
  await database?.close();
  cluster?.destroy();
});

const call = (method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe.skipIf(!postgresBinDir())('database outage (private PostgreSQL cluster)', () => {
  it('answers 503 with Retry-After while the server is down, logs it once, and recovers without a restart', async () => {
    expect((await call('POST', '/api/signals', buildSignal())).status).toBe(201);
    // Stopped while the pool holds an idle connection: the next request takes it and finds it dead (this used to end the process).
    cluster.stop();
    lines.length = 0;
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 3 === 0 ? call('POST', '/api/signals', buildSignal()) : call('GET', i % 3 === 1 ? '/api/health' : '/api/signals?limit=5'),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(200).fill(503));
    for (const r of answers.slice(0, 3)) {
      expect(r.headers.get('retry-after')).toBe('5');
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
    }
    expect(lines.filter((l) => l.msg === 'database unavailable')).toHaveLength(1);
    expect(lines.filter((l) => l.level === 'error' && l.msg !== 'database unavailable')).toEqual([]);
    expect(lines.length).toBe(1);

    cluster.start();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await call('GET', '/api/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await call('POST', '/api/signals', buildSignal())).status).toBe(201);
  }, 120_000);
});
