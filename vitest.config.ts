import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const TEST_ROOTS = ['server', 'contracts', 'web/src', 'test'];
const BROWSER = 'web/src/browser-tests/**/*.test.ts';
/** The one file through which anything reaches a database (PGlite or a PostgreSQL server). */
const DB_CLIENT = resolve('server/platform/db/client.ts');

/**
 * Database tests are the test files that import, directly or through other files, the database
 * client: only they can see TEST_DATABASE_URL, so only they run on both engines. Found by reading
 * import statements (type-only imports excluded), so a new test needs no list to land in the
 * right project. A test that starts the CLI as a child process picks its own embedded database.
 */
function splitTests(): { db: string[]; pure: string[] } {
  const reaches = new Map<string, boolean>();
  const visit = (file: string): boolean => {
    const known = reaches.get(file);
    if (known !== undefined) return known;
    reaches.set(file, false); // a cycle back to a file being visited adds nothing
    let found = file === DB_CLIENT;
    if (!found) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(
        /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/gm,
      )) {
        const target = resolveImport(file, m[1] ?? m[2] ?? '');
        if (target && visit(target)) {
          found = true;
          break;
        }
      }
    }
    reaches.set(file, found);
    return found;
  };
  const db: string[] = [];
  const pure: string[] = [];
  for (const file of TEST_ROOTS.flatMap((d) => listTests(resolve(d)))) {
    const path = relative(process.cwd(), file);
    if (path.startsWith('web/src/browser-tests/')) continue;
    (visit(file) ? db : pure).push(path);
  }
  return { db, pure };
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.js$/, '');
  return [`${stem}.ts`, `${stem}.tsx`, base, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
}

function listTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'dist') return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return listTests(path);
    return /\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const { db, pure } = splitTests();
// A moved client file would otherwise send every database test to `pure`, run on PGlite only.
if (!existsSync(DB_CLIENT) || db.length === 0) throw new Error(`vitest.config.ts: no test reaches ${DB_CLIENT}; update DB_CLIENT`);

// `npm test` runs all three projects on the database TEST_DATABASE_URL names (PGlite when unset);
// .ci/run runs them all on PGlite, then `--project db` again on PostgreSQL.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker keeps the modules it imported from one test file to the next: importing the server
    // (every module, for the subscribers) once per file cost about half the run's CPU. Each file
    // still gets its own database; a test must not lean on module state another file left.
    isolate: false,
    // Vitest's default on two cores is one worker; database, browser and CLI tests spend much of
    // their time waiting on another process, so a second worker overlaps that wait.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { extends: true, test: { name: 'pure', include: pure } },
      // Only tests that store need the subscribers and intake steps registered (server/test-setup.ts).
      {
        extends: true,
        test: { name: 'db', include: db, setupFiles: ['server/test-setup.ts'], globalSetup: ['server/test-global-setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'browser', include: [BROWSER], setupFiles: ['server/test-setup.ts'], globalSetup: ['server/test-global-setup.ts'] },
      },
    ],
  },
});
