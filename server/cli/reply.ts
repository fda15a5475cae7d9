// `writeback reply check --in FILE.jsonl`: a contract other tools depend on. It never opens a store
// (no --data, no DATABASE_URL): only the file and the pure checker. Findings are results, not failures:
// the exit code is 0 whenever the file was read; an unreadable file is the only non-zero exit.
import fs from 'node:fs';
import { replyCheckCommand } from '../modules/replies/index.js';

export async function replyCommand(sub: string | undefined, flags: { in?: string }): Promise<number> {
  if (sub !== 'check' || !flags.in) throw new Error('usage: writeback reply check --in FILE.jsonl');
  try {
    fs.accessSync(flags.in, fs.constants.R_OK);
  } catch {
    throw new Error(`${flags.in}: cannot read this file`);
  }
  await replyCheckCommand({ inPath: flags.in, out: process.stdout });
  return 0;
}
