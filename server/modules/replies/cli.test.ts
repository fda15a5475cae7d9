import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyCheckCommand } from './cli.js';

function fileWith(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'wb-reply-check-'));
  const path = join(dir, 'replies.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function run(lines: string[]) {
  const written: string[] = [];
  const summary = await replyCheckCommand({ inPath: fileWith(lines), out: { write: (s: string) => written.push(s) } });
  return {
    summary,
    out: written
      .join('')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l)),
  };
}

describe('replyCheckCommand', () => {
  it('writes one line per reply with id and findings in the contract shape', async () => {
    const { out, summary } = await run([
      JSON.stringify({ id: 'r1', text: 'Your replacement will arrive Monday.', public: true }),
      JSON.stringify({ id: 'r2', text: "We're sending a new lid and checking the batch.", public: true }),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0].id).toBe('r1');
    expect(out[0].findings).toEqual([
      expect.objectContaining({ code: 'uncontrolled_date_promise', start: 17, end: 35, blocking: true, reason: expect.any(String) }),
    ]);
    expect(Object.keys(out[0].findings[0]).sort()).toEqual(['blocking', 'code', 'end', 'reason', 'start']);
    expect(out[1]).toEqual({ id: 'r2', findings: [] });
    expect(summary).toEqual({ lines: 2, checked: 2, errors: 0, withBlocking: 1 });
  });

  it('reports a bad line by number and goes on with the rest', async () => {
    const { out, summary } = await run([
      JSON.stringify({ id: 'a', text: 'Thanks, the new strap is on its way.', public: true }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Fine', public: 'yes' }),
      JSON.stringify({ text: 'no id', public: true }),
      JSON.stringify({ id: 'e', text: 'We refunded order #48213.', public: false }),
    ]);
    expect(out).toHaveLength(5);
    expect(out[1]).toEqual({ line: 2, error: 'line 2: not valid JSON' });
    expect(out[2]).toMatchObject({ line: 3, id: 'c' });
    expect(out[2].error).toMatch(/^line 3: public: /);
    expect(out[3].error).toMatch(/^line 4: id: /);
    expect(out[4]).toEqual({ id: 'e', findings: [] });
    expect(summary).toEqual({ lines: 5, checked: 2, errors: 3, withBlocking: 0 });
  });

  it('skips blank lines but keeps true line numbers', async () => {
    const { out } = await run(['', JSON.stringify({ id: 1, text: 'x', public: true }), '', '[]']);
    expect(out).toEqual([
      { id: 1, findings: [] },
      { line: 4, error: expect.stringMatching(/^line 4: /) },
    ]);
  });

  it('fails loudly when the file does not exist', async () => {
    await expect(replyCheckCommand({ inPath: '/nonexistent/replies.jsonl', out: { write: () => true } })).rejects.toThrow();
  });
});
