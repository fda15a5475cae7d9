/**
 * `npm run test:package`: the packed package serves on its runtime dependencies alone.
 *
 * npm pack (which runs `prepare`, the build) → `npm install --omit=dev` of the tarball into an empty
 * folder (from the npm registry) → `npx writeback serve` on an empty data folder (the demo store
 * loads, as on a first `npm start`) → the API, the web app and one of its scripts answer 200.
 * Slow (a registry install and the demo load), so not part of `npm test`. Exits non-zero on any
 * failure; prints the timings and the installed size. KEEP=1 keeps the temporary folder.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-package-'));
const app = path.join(tmp, 'app');
const dataDir = path.join(tmp, 'data');
const timings: Record<string, string> = {};

// npm run exports npm_config_local_prefix and friends; a nested npm would act on this checkout.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE_PATH'));
delete env.DATABASE_URL;

function fail(message: string): never {
  throw new Error(message);
}

async function timed<T>(name: string, f: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await f();
  timings[name] = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  return result;
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else out.push(p);
  }
  return out;
}

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "serving" line within ${timeoutMs / 1000} s:\n${out}`)), timeoutMs);
    const read = (d: Buffer) => {
      out += d;
      const m = /Writeback is serving (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (d: Buffer) => {
      out += d;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`writeback serve exited ${code}:\n${out}`));
    });
  });
}

/** The demo store has accounts: after signing in as its admin (README), reads carry the session. */
let session: Record<string, string> = {};
async function signIn(base: string): Promise<void> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ada@demo.writeback.test', password: 'writeback-demo' }),
  });
  if (res.status !== 200) fail(`signing in as the demo admin answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  session = { cookie: res.headers.get('set-cookie')!.split(';')[0]! };
}

async function get(url: string): Promise<Response> {
  const res = await fetch(url, { headers: session });
  if (res.status !== 200) fail(`GET ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res;
}

async function main(): Promise<void> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };

  const packed = await timed(
    'npm pack (build included)',
    () =>
      JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], root)) as {
        filename: string;
        size: number;
        unpackedSize: number;
        entryCount: number;
      }[],
  );
  const tarball = path.join(tmp, packed[0]!.filename);

  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'writeback-package-check', private: true }));
  await timed('npm install --omit=dev', () => npm(['install', '--omit=dev', '--no-audit', '--no-fund', tarball], app));

  const installed = path.join(app, 'node_modules');
  const devInstalled = Object.keys(pkg.devDependencies ?? {}).filter((name) => fs.existsSync(path.join(installed, name)));
  if (devInstalled.length)
    fail(`dev dependencies were installed with --omit=dev (something at run time pulls them in): ${devInstalled.join(', ')}`);
  // Data files the server reads beside its code (the triage base model) must ship in dist/.
  for (const dir of ['server', 'contracts']) {
    for (const file of listFiles(path.join(root, dir)).filter((f) => !f.endsWith('.ts') && !f.endsWith('.md'))) {
      const shipped = path.join(installed, 'writeback', 'dist', path.relative(root, file));
      if (!fs.existsSync(shipped)) fail(`${path.relative(root, file)} is missing from the package (looked for ${shipped})`);
    }
  }
  const installedKb = Number(execFileSync('du', ['-sk', installed], { encoding: 'utf8' }).split('\t')[0]);

  fs.mkdirSync(dataDir);
  const server = spawn('npx', ['--no-install', 'writeback', 'serve', '--data', dataDir, '--port', '0'], {
    cwd: app,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const base = await timed('serve until listening (demo store loaded)', () => waitForUrl(server, 600_000));
    const health = (await (await get(`${base}/api/health`)).json()) as { ok?: boolean; engine?: string };
    if (health.ok !== true || health.engine !== 'pglite') fail(`unexpected /api/health answer: ${JSON.stringify(health)}`);
    const page = await (await get(`${base}/`)).text();
    const script =
      /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1] ?? fail(`GET / is not the built web app:\n${page.slice(0, 300)}`);
    const js = await get(`${base}${script}`);
    if (!/javascript/.test(js.headers.get('content-type') ?? '')) fail(`${script} served as ${js.headers.get('content-type')}`);
    await signIn(base);
    const signals = (await (await get(`${base}/api/signals?limit=1`)).json()) as { items?: unknown[] };
    if (!signals.items?.length) fail('the demo store did not load: /api/signals is empty');
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 2_000));
    try {
      process.kill(-server.pid!, 'SIGKILL');
    } catch {
      /* stopped on SIGTERM */
    }
  }

  console.log(
    `package check passed: ${packed[0]!.filename}, ${packed[0]!.entryCount} files, tarball ${(packed[0]!.size / 1e6).toFixed(1)} MB (${(packed[0]!.unpackedSize / 1e6).toFixed(1)} MB unpacked)`,
  );
  console.log(`installed with --omit=dev: ${(installedKb / 1024).toFixed(0)} MB in node_modules, no dev dependency present`);
  for (const [name, t] of Object.entries(timings)) console.log(`  ${name}: ${t}`);
}

const started = Date.now();
main()
  .then(
    () => {
      console.log(`  total: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    (e: Error) => {
      console.error(`package check FAILED: ${e.message}`);
      process.exitCode = 1;
    },
  )
  .finally(() => {
    if (process.env.KEEP) console.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  });
