import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { embeddedLayout } from './embedded-postgres.js';

// The embedded default is a real PostgreSQL server kept in the data folder: these tests start
// one in a temporary folder, as `npm start` does, and check what PGlite could not promise.
const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-embedded-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

// It starts servers of its own in temporary folders: the PostgreSQL-server run has nothing to add.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('embedded PostgreSQL', () => {
  it('creates a cluster in an empty folder, keeps it across restarts, and syncs every commit', async () => {
    const dir = tempDir();
    const first = await openDatabase({ dataDir: dir });
    expect(first.engine).toBe('embedded-postgres');
    expect(embeddedLayout(dir)).toBe('postgres');
    const settings = await sql<{
      name: string;
      setting: string;
    }>`select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'listen_addresses') order by name`.execute(
      first.db,
    );
    expect(Object.fromEntries(settings.rows.map((r) => [r.name, r.setting]))).toEqual({
      fsync: 'on',
      full_page_writes: 'on',
      listen_addresses: '127.0.0.1',
      synchronous_commit: 'on',
    });
    await sql`create table kept (n int)`.execute(first.db);
    await sql`insert into kept values (1), (2)`.execute(first.db);
    await first.close();
    expect(fs.existsSync(path.join(dir, 'postgres', 'postmaster.pid'))).toBe(false); // stopped on close

    const again = await openDatabase({ dataDir: dir });
    const { rows } = await sql<{ c: number }>`select count(*)::int as c from kept`.execute(again.db);
    expect(rows[0]?.c).toBe(2);
    expect(fs.statSync(path.join(dir, 'postgres.secret')).mode & 0o077).toBe(0);
    await again.close();
  });

  it('keeps every acknowledged write when the process holding it is killed with -9, and reopens', async () => {
    const dir = tempDir();
    const script = `
      import { openDatabase } from ${JSON.stringify(path.resolve('server/platform/db/client.ts'))};
      import { sql } from 'kysely';
      const d = await openDatabase({ dataDir: ${JSON.stringify(dir)} });
      await sql\`create table acked (n int primary key)\`.execute(d.db);
      for (let i = 1; ; i++) { await sql\`insert into acked values (\${i})\`.execute(d.db); process.stdout.write(i + '\\n'); }
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked = 0;
    let err = '';
    child.stderr.on('data', (b) => {
      err += String(b);
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        const last = String(b).trim().split('\n').pop();
        acked = Math.max(acked, Number(last));
        if (acked >= 200) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => (acked >= 200 ? resolve() : reject(new Error(`child exited early: ${err}`))));
    });
    await new Promise((r) => child.on('close', r));

    // The dead holder's server is still running; the next open takes the folder over and reuses it.
    const after = await openDatabase({ dataDir: dir });
    const { rows } = await sql<{ c: number }>`select count(*)::int as c from acked`.execute(after.db);
    expect(rows[0]?.c).toBeGreaterThanOrEqual(acked);
    await after.close();
  });

  it('leaves a PGlite folder on PGlite, and gives a new folder PGlite when asked', async () => {
    const dir = tempDir();
    const d = await openDatabase({ dataDir: dir, embedded: 'pglite' });
    expect(d.engine).toBe('pglite');
    await d.close();
    expect(embeddedLayout(dir)).toBe('pglite');
    const again = await openDatabase({ dataDir: dir });
    expect(again.engine).toBe('pglite');
    await again.close();
  });
});
