// The `writeback reply check` contract, run as other tools run it: a child process, one JSON line per
// input line on stdout, exit 0 with findings, non-zero only for an unreadable file, and no database.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/writeback.js');

function cli(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.WRITEBACK_DATA_DIR;
  return spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

describe('writeback reply check --in FILE.jsonl', () => {
  it('writes one line per input, exits 0 even with blocking findings, and opens no database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-reply-cli-'));
    const file = join(dir, 'replies.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'Please post your order number and email here.', public: true }),
        JSON.stringify({ id: 'b', text: 'Sorry the lid cracked; a new one is on its way and we are checking the batch.', public: true }),
        '{broken',
      ].join('\n') + '\n',
    );
    const r = cli(['reply', 'check', '--in', file], dir);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[0].findings[0]).toEqual({
      code: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      reason: expect.any(String),
      blocking: true,
    });
    expect(lines[1]).toEqual({ id: 'b', findings: [] });
    expect(lines[2]).toMatchObject({ line: 3 });
    expect(existsSync(join(dir, 'data'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['replies.jsonl']);
  });

  it('exits non-zero with a message for a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-reply-cli-'));
    const r = cli(['reply', 'check', '--in', join(dir, 'missing.jsonl')], dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/missing\.jsonl: cannot read/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});
