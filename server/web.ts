import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Logger } from './platform/logger.js';

/** The package's folder: this file runs from server/ in a checkout and from dist/server/ when built. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const root = packageRoot();
const dist = path.join(root, 'web', 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * In a checkout, builds the web app when its sources are newer than the last build (or there is
 * none). An installed package ships web/dist without sources, and vite is a dev dependency: without
 * it the existing build is served as it is (or the 503 page says how to build one).
 */
export async function ensureWebBuilt(logger: Logger): Promise<void> {
  const index = path.join(dist, 'index.html');
  const src = path.join(root, 'web', 'src');
  if (!fs.existsSync(src)) return;
  if (
    fs.existsSync(index) &&
    fs.statSync(index).mtimeMs >= Math.max(newest(src), fs.statSync(path.join(root, 'web', 'index.html')).mtimeMs)
  )
    return;
  const vite = await import('vite').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ERR_MODULE_NOT_FOUND') return null;
    throw e;
  });
  if (!vite) {
    logger.warn(
      fs.existsSync(index)
        ? 'web app sources are newer than web/dist, and vite (a dev dependency) is not installed to rebuild it: serving the existing build'
        : 'web app is not built, and vite (a dev dependency) is not installed to build it: install dev dependencies and run `npm run build`',
    );
    return;
  }
  logger.info('building web app');
  await vite.build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'web'), logLevel: 'warn' });
}

export function webRoutes(): Hono {
  const app = new Hono();
  const rel = path.relative(process.cwd(), dist) || '.';
  app.use('/assets/*', serveStatic({ root: rel }));
  // Every other path is the single-page app; the browser routes it.
  app.get('*', (c) => {
    const index = path.join(dist, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build` in the Writeback folder.', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });
  return app;
}
