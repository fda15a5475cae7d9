#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step between a checkout and a run.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// An import holds one batch at a time, but V8 lets a busy heap grow to a few hundred MB before it
// collects; a fixed old-space limit keeps the import's resident memory flat. Unless a limit was
// set already, `import` runs in a child process that has one (signals are passed on to it).
const IMPORT_HEAP_MB = 256;
const hasLimit = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-old-space-size'));
if (process.argv[2] === 'import' && !hasLimit) {
  // An IPC channel ties the child to this process: if this one is killed (even with SIGKILL, which
  // cannot be passed on), the channel closes and the child stops instead of importing on alone.
  const child = spawn(process.execPath, [`--max-old-space-size=${IMPORT_HEAP_MB}`, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, WRITEBACK_PARENT_WATCH: '1' },
  });
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => child.kill(s));
  const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? 128 + (os.constants.signals[s] ?? 0))));
  process.exit(code);
} else {
  if (process.env.WRITEBACK_PARENT_WATCH && process.channel) {
    delete process.env.WRITEBACK_PARENT_WATCH;
    process.channel.unref();
    process.on('disconnect', () => process.exit(137));
  }
  register();
  await import('../server/main.ts');
}
