#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm install` in a checkout and `npm pack` run it): the server
// compiled to dist/ and the web app to web/dist, so `writeback serve` needs runtime dependencies only.
// Plain JavaScript, because it must be able to say what is missing when dev dependencies are not there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');
const SOURCE_DIRS = ['server', 'contracts'];

let esbuild, vite;
try {
  esbuild = await import('esbuild');
  vite = await import('vite');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  console.error(
    'writeback build: esbuild and vite are dev dependencies and are not installed here (npm install --omit=dev?).\n' +
      'Run `npm install` (with dev dependencies) and `npm run build`, or install the packed or published package, which ships built.',
  );
  // A failing `prepare` would fail the whole install; `npm run build` itself should fail.
  process.exit(process.env.npm_lifecycle_event === 'prepare' ? 0 : 1);
}

/** Tests and test helpers stay out of the package. */
function isShipped(rel) {
  return !/\.test\.ts$/.test(rel) && !rel.startsWith(`server${path.sep}test${path.sep}`) && rel !== path.join('server', 'test-setup.ts');
}

function walk(dir, files = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, files);
    else files.push(path.relative(root, p));
  }
  return files;
}

const started = Date.now();
const files = SOURCE_DIRS.flatMap((d) => walk(path.join(root, d))).filter(isShipped);
const entryPoints = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
// Data files the code reads beside itself through import.meta.url (the triage base model).
const assets = files.filter((f) => !f.endsWith('.ts') && !f.endsWith('.md'));

fs.rmSync(outDir, { recursive: true, force: true });
// One .js per .ts in the same tree (no bundle): the sources already import './x.js', and paths
// resolved from import.meta.url stay valid.
await esbuild.build({
  entryPoints: entryPoints.map((f) => path.join(root, f)),
  outdir: outDir,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
for (const f of assets) {
  fs.mkdirSync(path.dirname(path.join(outDir, f)), { recursive: true });
  fs.copyFileSync(path.join(root, f), path.join(outDir, f));
}

await vite.build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'web'), logLevel: 'warn' });

// Written last: bin/writeback.js runs dist/ only when this is newer than every source file.
fs.writeFileSync(path.join(outDir, '.built'), `${new Date().toISOString()}\n`);
// On stderr: `npm pack --json` runs this and its stdout must stay JSON.
console.error(
  `writeback build: ${entryPoints.length} server files and ${assets.length} data files to dist/, web app to web/dist (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
