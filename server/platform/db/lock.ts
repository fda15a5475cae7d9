import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * PGlite does not lock its folder, and a second process writing to it silently loses data.
 *
 * The lock is a file `writeback.lock.<generation>` that names its holder: pid, the process's start
 * time and the kernel's boot id (so a dead holder whose pid now belongs to us, pid 1 in a
 * restarted container, or to an unrelated process is recognised as dead). It is created complete
 * with link(2), which fails if the name exists, so of several processes racing for a free folder
 * or for the same stale lock (all aiming at generation N+1) exactly one succeeds. A generation is
 * never reused while an older one is on disk, and each winner then checks that no other live
 * holder appeared meanwhile (a process that decided on an older listing) and yields if one did.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dir} is in use by another Writeback process (pid ${pid}). Stop it first, or point this one at another folder with --data (to import while it runs: writeback import ... --server http://HOST:PORT).`,
    );
  }
}

export interface Holder {
  pid: number;
  start: string | null;
  boot: string | null;
  pidns: string | null;
  host: string;
  nonce: string;
}

const LOCK_RE = /^writeback\.lock\.(\d+)$/;
/** A holder in another pid namespace or on another host cannot be inspected: it proves it is alive by touching its file. */
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_STALE_MS = 60_000;

function readOr(file: string, fallback: string | null): string | null {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return fallback;
  }
}

/** The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat); null when unknown or gone. */
export function processStart(pid: number): string | null {
  const stat = readOr(`/proc/${pid}/stat`, null);
  if (!stat) return null;
  // The command name (field 2) may hold spaces and parentheses; fields after the last ')' are plain.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function pidNamespace(): string | null {
  try {
    return fs.readlinkSync('/proc/self/ns/pid');
  } catch {
    return null;
  }
}

export function currentHolder(): Holder {
  return {
    pid: process.pid,
    start: processStart(process.pid),
    boot: readOr('/proc/sys/kernel/random/boot_id', null),
    pidns: pidNamespace(),
    host: os.hostname(),
    nonce: randomUUID(),
  };
}

/** Whether the process that wrote `h` may still be running; `mtimeMs` is its file's last heartbeat. */
export function holderAlive(h: Holder, mtimeMs: number, self: Holder = currentHolder(), now = Date.now()): boolean {
  if (h.boot && self.boot && h.boot !== self.boot) return h.host !== self.host && now - mtimeMs < HEARTBEAT_STALE_MS; // this machine rebooted
  if (h.host !== self.host || (h.pidns ?? '') !== (self.pidns ?? '')) return now - mtimeMs < HEARTBEAT_STALE_MS;
  if (self.start !== null) {
    // /proc is readable: the pid must exist and have started when the holder did.
    const start = processStart(h.pid);
    return start !== null && (h.start === null || start === h.start);
  }
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Entry {
  gen: number;
  file: string;
}

function entries(dir: string): Entry[] {
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const m = LOCK_RE.exec(name);
      return m ? [{ gen: Number(m[1]), file: path.join(dir, name) }] : [];
    })
    .sort((a, b) => b.gen - a.gen);
}

/** The holder recorded in a lock file and the file's heartbeat; null when the file is gone. Unreadable content is a dead holder. */
function readHolder(file: string): { holder: Holder | null; mtimeMs: number } | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const mtimeMs = fs.statSync(file).mtimeMs;
    try {
      const h = JSON.parse(text) as Holder;
      return { holder: typeof h?.pid === 'number' ? h : null, mtimeMs };
    } catch {
      return { holder: null, mtimeMs };
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * The first live holder among the lock files, if any; with `below`, only among generations lower
 * than it. Of several processes that linked a generation at once, the lowest live one wins: each
 * looks only below its own, so the lowest never backs off and every higher one does (looking at
 * every other generation let two contenders see each other and both give up).
 */
function liveHolder(dir: string, self: Holder, below?: number): Holder | undefined {
  for (const e of entries(dir)) {
    if (below !== undefined && e.gen >= below) continue;
    const r = readHolder(e.file);
    if (r?.holder && holderAlive(r.holder, r.mtimeMs, self)) return r.holder;
  }
  return undefined;
}

function unlinkQuietly(file: string) {
  try {
    fs.unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const self = currentHolder();
  const tmp = path.join(dir, `.writeback.lock.${self.nonce}`);
  fs.writeFileSync(tmp, JSON.stringify(self));
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const live = liveHolder(dir, self);
      if (live) throw new DataDirLockedError(dir, live.pid);
      const gen = (entries(dir)[0]?.gen ?? 0) + 1;
      const file = path.join(dir, `writeback.lock.${gen}`);
      try {
        fs.linkSync(tmp, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue; // another process took this generation: look again
        throw e;
      }
      const other = liveHolder(dir, self, gen);
      if (other) {
        unlinkQuietly(file);
        throw new DataDirLockedError(dir, other.pid);
      }
      for (const e of entries(dir)) if (e.gen < gen) unlinkQuietly(e.file); // stale generations
      return holdLock(file, self);
    }
    throw new Error(`could not lock ${dir}: too many concurrent attempts`);
  } finally {
    unlinkQuietly(tmp);
  }
}

function holdLock(file: string, self: Holder): () => void {
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      /* the folder is gone: nothing to keep */
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    try {
      if ((JSON.parse(fs.readFileSync(file, 'utf8')) as Holder).nonce === self.nonce) fs.unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
}

/** Lock files in a folder (for tests and `serve`'s clean-stop check). */
export function lockFiles(dir: string): string[] {
  return entries(dir).map((e) => e.file);
}
