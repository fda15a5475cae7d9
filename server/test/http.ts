import { openTestDatabase } from '../platform/db/testing.js';
import { fixedClock } from '../platform/clock.js';
import { silentLogger } from '../platform/logger.js';
import { createApp } from '../app.js';
import type { AppContext } from '../platform/http/context.js';

/** An in-process app on a fresh test database (PGlite, or the server when TEST_DATABASE_URL is set). */
export async function buildTestApp(opts: { now?: string; adminToken?: string; allowedHosts?: string[]; mailAttachmentsDir?: string } = {}) {
  const database = await openTestDatabase();
  const clock = fixedClock(opts.now ?? '2026-11-16T12:00:00Z');
  const ctx: AppContext = { db: database.db, clock, logger: silentLogger, config: { adminToken: opts.adminToken, timeZone: 'UTC' } };
  const app = createApp(ctx, { engine: database.engine, allowedHosts: opts.allowedHosts, mailAttachmentsDir: opts.mailAttachmentsDir });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return { app, ctx, database, clock, call, close: () => database.close() };
}
