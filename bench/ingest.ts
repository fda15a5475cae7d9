/**
 * npm run bench:ingest — signals/s of `writeback import` beside the raw COPY rate of the same
 * rows into the same engine and table (same indexes), both measured in this run: once with the
 * input's columns only, once with every column the import stored (the input plus its triage).
 * The ratio import/COPY is the figure; the machine's noise cancels out of it.
 *   BENCH_ROWS=1000000 (generated NDJSON size), BENCH_ENGINES=pglite,postgres
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, migrateToLatest } from '../server/platform/db/index.js';
import { generateNdjson } from './generate-signals.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const WOMENS = path.resolve('../shared/datasets/womens-clothing-reviews/reviews.csv');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-bench-'));
fs.chmodSync(work, 0o755); // the PostgreSQL server reads the COPY file itself
/** The columns of the input (what a raw COPY of the file would load)… */
const INPUT_COLS = [
  'channel',
  'external_id',
  'received_at',
  'text',
  'title',
  'rating',
  'sku',
  'variant',
  'batch',
  'order_id',
  'customer_id',
  'customer_tier',
  'language',
  'public',
  'handled_by',
  'demo',
  'published',
];
/** …and every column the import writes: the input plus its triage. */
const STORED_COLS = [
  ...INPUT_COLS,
  'issue_types',
  'stage',
  'sentiment_label',
  'sentiment_score',
  'clues',
  'owner_team',
  'must_be_human',
  'sla_class',
  'triage',
  'triaged_at',
  'triage_version',
];

/**
 * The stored rows of a database as CSV files of at most 100,000 rows each, in `cols` order:
 * exactly what COPY will load (chunks keep PGlite's COPY blob small).
 */
async function exportCsv(url: string | undefined, dataDir: string | undefined, cols: string[], prefix: string): Promise<string[]> {
  const d = await openDatabase({ databaseUrl: url, dataDir, embedded: 'pglite' });
  const files: string[] = [];
  let fd = -1;
  let inFile = 0;
  let last = 0;
  for (;;) {
    const rows = (
      await sql<Record<string, string | null>>`SELECT id, ${sql.raw(cols.map((c) => `${c}::text AS ${c}`).join(', '))} FROM signals
      WHERE id > ${last} ORDER BY id LIMIT 20000`.execute(d.db)
    ).rows;
    if (rows.length === 0) break;
    last = Number(rows.at(-1)!.id);
    if (fd < 0 || inFile >= 100_000) {
      if (fd >= 0) fs.closeSync(fd);
      files.push(`${prefix}-${files.length}.csv`);
      fd = fs.openSync(files.at(-1)!, 'w');
      inFile = 0;
    }
    fs.writeSync(fd, rows.map((r) => cols.map((c) => csvCell(r[c])).join(',')).join('\n') + '\n');
    inFile += rows.length;
  }
  if (fd >= 0) fs.closeSync(fd);
  await d.close();
  return files;
}
function csvCell(v: string | null | undefined): string {
  return v === null || v === undefined ? '' : `"${v.replace(/"/g, '""')}"`;
}

async function freshPg(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function copyRate(engine: string, csvs: string[], cols: string[], rows: number): Promise<number> {
  let ms = 0;
  if (engine === 'postgres') {
    const url = await freshPg('wb_bench_copy');
    const d = await openDatabase({ databaseUrl: url });
    await migrateToLatest(d.db);
    await d.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const csv of csvs) {
      fs.chmodSync(csv, 0o644);
      const t0 = performance.now();
      await c.query(`COPY signals (${cols.join(',')}) FROM '${csv}' WITH (FORMAT csv)`);
      ms += performance.now() - t0;
    }
    await c.end();
    return rows / (ms / 1000);
  }
  const dir = path.join(work, 'copy-pglite');
  fs.rmSync(dir, { recursive: true, force: true });
  const d = await openDatabase({ dataDir: dir, embedded: 'pglite' });
  await migrateToLatest(d.db);
  for (const csv of csvs) {
    const blob = new Blob([fs.readFileSync(csv)]);
    const t0 = performance.now();
    await d.pglite!.query(`COPY signals (${cols.join(',')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob });
    ms += performance.now() - t0;
  }
  await d.close();
  return rows / (ms / 1000);
}

/**
 * One import in its own process, so its peak RSS is the import's alone, with the heap limit
 * `writeback import` runs under (bin/writeback.js). The store is created
 * (initdb, migrations) beforehand, as `writeback db migrate` or `serve` would have done.
 */
async function importRun(engine: string, file: string, preset: string) {
  const dir = path.join(work, `import-${engine}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const d = await openDatabase(engine === 'pglite' ? { dataDir: dir, embedded: 'pglite' } : { databaseUrl: process.env.__URL! });
  await migrateToLatest(d.db);
  await d.close();
  const out = execFileSync(
    process.execPath,
    [
      '--max-old-space-size=256',
      '--import',
      'tsx',
      'bench/import-once.ts',
      'signals',
      file,
      preset,
      engine === 'pglite' ? dir : '',
      engine === 'postgres' ? process.env.__URL! : '',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as { summary: { inserted: number }; ms: number; maxRssMb: number };
}

const generated = path.join(work, `generated-${ROWS}.ndjson`);
console.log(`generating ${ROWS.toLocaleString()} signals as NDJSON…`);
generateNdjson(generated, ROWS);
const inputs = [
  ...(fs.existsSync(WOMENS) ? [{ name: "women's reviews (CSV)", file: WOMENS, preset: 'womens-clothing' }] : []),
  { name: `generated ${ROWS.toLocaleString()} (NDJSON)`, file: generated, preset: '' },
];
if (!fs.existsSync(WOMENS)) console.log(`skipping the women's reviews: ${WOMENS} is absent`);
const table: string[] = [
  '| engine | input | rows | import signals/s | COPY input columns rows/s | ratio | COPY stored rows rows/s | ratio | import peak RSS |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const engine of ENGINES) {
  for (const input of inputs) {
    if (engine === 'postgres') process.env.__URL = await freshPg('wb_bench_import');
    const r = await importRun(engine, input.file, input.preset);
    const rows = r.summary.inserted;
    const rate = rows / (r.ms / 1000);
    const source =
      engine === 'postgres' ? { url: process.env.__URL, dir: undefined } : { url: undefined, dir: path.join(work, `import-${engine}`) };
    const copies: number[] = [];
    for (const cols of [INPUT_COLS, STORED_COLS]) {
      const csvs = await exportCsv(source.url, source.dir, cols, path.join(work, 'copy'));
      copies.push(await copyRate(engine, csvs, cols, rows));
      for (const f of csvs) fs.rmSync(f);
    }
    const n = (x: number) => Math.round(x).toLocaleString('en');
    const line = `| ${engine} | ${input.name} | ${rows.toLocaleString('en')} | ${n(rate)} | ${n(copies[0]!)} | ${(rate / copies[0]!).toFixed(2)} | ${n(copies[1]!)} | ${(rate / copies[1]!).toFixed(2)} | ${r.maxRssMb} MB |`;
    console.log(line);
    table.push(line);
  }
}
console.log('\n' + table.join('\n'));
fs.rmSync(work, { recursive: true, force: true });
