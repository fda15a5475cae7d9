import { describe, expect, it } from 'vitest';
import { evalCommand } from './triage.js';

describe('writeback eval guardrails', () => {
  it('is wired next to eval triage and asks for --in', async () => {
    await expect(evalCommand('guardrails', {})).rejects.toThrow(/usage: writeback eval guardrails --in/);
    await expect(evalCommand('guardrails', { in: '/nonexistent/file.jsonl' })).rejects.toThrow(/no such file/);
    await expect(evalCommand('nothing', { in: 'x' })).rejects.toThrow(/usage: writeback eval triage\|guardrails/);
  });
});
