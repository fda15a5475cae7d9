import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Logger } from './platform/logger.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web', 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the web app when its sources are newer than the last build (or there is none). */
export async function ensureWebBuilt(logger: Logger): Promise<void> {
  const index = path.join(dist, 'index.html');
  const src = path.join(root, 'web', 'src');
  if (!fs.existsSync(src)) return;
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= Math.max(newest(src), fs.statSync(path.join(root, 'web', 'index.html')).mtimeMs)) return;
  logger.info('building web app');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

export function webRoutes(): Hono {
  const app = new Hono();
  const rel = path.relative(process.cwd(), dist) || '.';
  app.use('/assets/*', serveStatic({ root: rel }));
  // Every other path is the single-page app; the browser routes it.
  app.get('*', (c) => {
    const index = path.join(dist, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build:web`.', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });
  return app;
}
