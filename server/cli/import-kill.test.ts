// `writeback import` runs in a child process (for its heap limit). Killing the command (SIGKILL
// included, which it cannot pass on) must stop that child too, or it imports on alone and keeps
// the store's lock.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/writeback.js');
const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(process.platform === 'linux')('killing writeback import', () => {
  it('kill -9 of the command stops its worker within seconds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-import-kill-'));
    const file = join(dir, 'many.ndjson');
    writeFileSync(
      file,
      Array.from({ length: 200_000 }, (_, i) =>
        JSON.stringify({ channel: 'email', externalId: `k${i}`, receivedAt: '2026-11-01T10:00:00Z', text: `The lid cracked ${i}` }),
      ).join('\n') + '\n',
    );
    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
    const cmd = spawn(process.execPath, [BIN, 'import', 'signals', file, '--data', join(dir, 'data')], { cwd: dir, env, stdio: 'ignore' });
    let worker: number | undefined;
    for (let i = 0; i < 200 && worker === undefined; i++) {
      await sleep(50);
      worker = childrenOf(cmd.pid!)[0];
    }
    expect(worker, 'the import worker started').toBeDefined();
    await sleep(1500); // into the import
    expect(alive(worker!)).toBe(true);
    cmd.kill('SIGKILL');
    let gone = false;
    for (let i = 0; i < 100 && !gone; i++) {
      await sleep(100);
      gone = !alive(worker!);
    }
    if (!gone) process.kill(worker!, 'SIGKILL');
    expect(gone, 'the worker stopped after its command was killed').toBe(true);
  }, 60_000);
});
