#!/usr/bin/env node
// Runs the compiled server in dist/ (`npm run build`, run by `prepare` at install and pack). In a
// checkout whose sources changed since that build, runs the TypeScript sources through tsx instead,
// when tsx (a dev dependency) is installed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// An import holds one batch at a time, but V8 lets a busy heap grow to a few hundred MB before it
// collects; a fixed old-space limit keeps the import's resident memory flat. Unless a limit was
// set already, `import` runs in a child process that has one (signals are passed on to it).
const IMPORT_HEAP_MB = 256;
const hasLimit = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-old-space-size'));
if (process.argv[2] === 'import' && !hasLimit) {
  // An IPC channel ties the child to this process: killed even with SIGKILL (which cannot be passed
  // on), this one's end of the channel closes and the child stops instead of importing on alone.
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${IMPORT_HEAP_MB}`, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, WRITEBACK_IMPORT_CHILD: '1' },
    },
  );
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => child.kill(s));
  const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? 128 + (os.constants.signals[s] ?? 0))));
  process.exit(code);
} else {
  if (process.env.WRITEBACK_IMPORT_CHILD && process.channel) {
    delete process.env.WRITEBACK_IMPORT_CHILD;
    process.channel.unref(); // the channel alone must not keep a finished import alive
    process.on('disconnect', () => process.exit(137));
  }
  await start();
}

async function start() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const built = path.join(root, 'dist', 'server', 'main.js');
  const stamp = path.join(root, 'dist', '.built');
  const source = path.join(root, 'server', 'main.ts');
  const hasBuild = fs.existsSync(built) && fs.existsSync(stamp);
  const hasSource = fs.existsSync(source);
  if (hasBuild && !(hasSource && changedSince(fs.statSync(stamp).mtimeMs, [path.join(root, 'server'), path.join(root, 'contracts')]))) {
    await import(pathToFileURL(built).href);
    return;
  }
  const tsx = hasSource ? await import('tsx/esm/api').catch((e) => (e?.code === 'ERR_MODULE_NOT_FOUND' ? null : Promise.reject(e))) : null;
  if (tsx) {
    tsx.register();
    await import(pathToFileURL(source).href);
  } else if (hasBuild) {
    console.error(
      'writeback: warning: dist/ is older than the sources in server/ or contracts/, and tsx is not installed to run them; running the old build (`npm run build` updates it)',
    );
    await import(pathToFileURL(built).href);
  } else {
    console.error(
      'writeback: the server is not built (no dist/server/main.js), and tsx, a dev dependency, is not installed to run the TypeScript sources.\n' +
        'In a checkout, run `npm install` (it builds) or `npm run build`.',
    );
    process.exit(1);
  }
}

/** True when a file or folder under `dirs` changed after `since` (a folder's time covers deletions). */
function changedSince(since, dirs) {
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    if (fs.statSync(dir).mtimeMs > since) return true;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() ? changedSince(since, [p]) : fs.statSync(p).mtimeMs > since) return true;
    }
  }
  return false;
}
