import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lockDataDir, DataDirLockedError } from './lock.js';

describe('data folder lock', () => {
  it('a second holder is refused with a message naming the folder and the pid', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-lock-'));
    const release = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`${dir}.*in use by another Writeback process \\(pid ${process.pid}\\)`));
    } finally { release(); }
    lockDataDir(dir)(); // released: it can be taken again
  });

  it('a lock left by a process that died is taken over', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-lock-'));
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    fs.writeFileSync(path.join(dir, 'writeback.lock'), String(pid));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'writeback.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('a live process holding the folder blocks another process', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-lock-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    fs.writeFileSync(path.join(dir, 'writeback.lock'), String(holder.pid));
    try {
      expect(() => lockDataDir(dir)).toThrow(`pid ${holder.pid}`);
    } finally { holder.kill(); }
  });
});
