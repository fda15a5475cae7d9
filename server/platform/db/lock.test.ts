import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { currentHolder, lockDataDir, lockFiles, processStart, DataDirLockedError, type Holder } from './lock.js';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'wb-lock-'));
const writeLock = (dir: string, h: Partial<Holder>, gen = 1) => {
  const file = path.join(dir, `writeback.lock.${gen}`);
  fs.writeFileSync(file, JSON.stringify({ ...currentHolder(), ...h }));
  return file;
};
const linux = fs.existsSync('/proc/self/stat');

describe('data folder lock', () => {
  it('a second holder is refused with a message naming the folder and the pid', () => {
    const dir = tmpDir();
    const release = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`${dir}.*in use by another Writeback process \\(pid ${process.pid}\\)`));
    } finally {
      release();
    }
    expect(lockFiles(dir)).toEqual([]);
    lockDataDir(dir)(); // released: it can be taken again
  });

  it('a lock left by a process that died is taken over', async () => {
    const dir = tmpDir();
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    const start = processStart(pid);
    await new Promise((r) => child.on('exit', r));
    writeLock(dir, { pid, start });
    const release = lockDataDir(dir);
    expect(lockFiles(dir).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')).pid)).toEqual([process.pid]);
    release();
  });

  it('a live process holding the folder blocks another process', async () => {
    const dir = tmpDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    await new Promise((r) => setTimeout(r, 100));
    writeLock(dir, { pid: holder.pid!, start: processStart(holder.pid!) });
    try {
      expect(() => lockDataDir(dir)).toThrow(`pid ${holder.pid}`);
    } finally {
      holder.kill();
    }
  });

  it.skipIf(!linux)('a dead holder whose pid is ours now (pid 1 in a restarted container) is taken over', () => {
    const dir = tmpDir();
    writeLock(dir, { pid: process.pid, start: String(Number(processStart(process.pid)) - 1000) });
    lockDataDir(dir)();
  });

  it.skipIf(!linux)('a dead holder whose pid now belongs to an unrelated live process is taken over', async () => {
    const dir = tmpDir();
    const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    await new Promise((r) => setTimeout(r, 100));
    try {
      writeLock(dir, { pid: unrelated.pid!, start: '12345' });
      lockDataDir(dir)();
    } finally {
      unrelated.kill();
    }
  });

  it.skipIf(!linux)('a holder from before a reboot is dead; one in another pid namespace is alive while it keeps its heartbeat', () => {
    const dir = tmpDir();
    writeLock(dir, { boot: 'another-boot' });
    lockDataDir(dir)();

    const other = tmpDir();
    const file = writeLock(other, { pidns: 'pid:[1]', pid: 1, start: '1' });
    expect(() => lockDataDir(other)).toThrow('pid 1');
    const old = new Date(Date.now() - 120_000);
    fs.utimesSync(file, old, old);
    lockDataDir(other)();
  });
});

// Several processes race for the same stale lock, started together; exactly one may win each time.
describe('concurrent takeover of a stale lock', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
  });

  it('40 trials, 6 processes each: exactly one winner every time', async () => {
    const fixture = path.resolve('server/platform/db/lock-contender.fixture.ts');
    for (let i = 0; i < 6; i++)
      children.push(fork(fixture, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    const next = (c: ChildProcess) => new Promise<{ won?: boolean; error?: string }>((r) => c.once('message', r));
    await Promise.all(children.map(next)); // ready
    const winners: number[] = [];
    for (let trial = 0; trial < 40; trial++) {
      const dir = tmpDir();
      // Stale: its pid is ours but it started earlier (a reused pid), and a generation is already on disk.
      writeLock(dir, { pid: process.pid, start: '1' }, 7);
      const at = Date.now() + 40;
      const results = await Promise.all(
        children.map((c) => {
          const p = next(c);
          c.send({ go: { dir, at } });
          return p;
        }),
      );
      const won = results.filter((r) => r.won).length;
      winners.push(won);
      for (const r of results) if (!r.won) expect(r.error).toMatch(/in use by another Writeback process|too many concurrent attempts/);
      await Promise.all(
        children.map((c, i) => {
          if (!results[i]!.won) return Promise.resolve();
          const p = next(c);
          c.send({ release: true });
          return p;
        }),
      );
      expect(lockFiles(dir)).toEqual([]);
    }
    expect(winners).toEqual(Array(40).fill(1));
  }, 120_000);
});
