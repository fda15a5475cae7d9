import { openTestDatabase } from '../platform/db/testing.js';
import { fixedClock } from '../platform/clock.js';
import { silentLogger, type Logger } from '../platform/logger.js';
import { createApp } from '../app.js';
import type { AppContext } from '../platform/http/context.js';
import { addUser, createToken } from '../modules/people/index.js';
import type { Role } from '../../contracts/people.js';

/** An in-process app on a fresh test database (PGlite, or the server when TEST_DATABASE_URL is set). */
export async function buildTestApp(
  opts: {
    now?: string;
    adminToken?: string;
    allowedHosts?: string[];
    connectorSecrets?: AppContext['config']['connectorSecrets'];
    signedInAs?: Role;
    logger?: Logger;
    mailAttachmentsDir?: string;
  } = {},
) {
  const database = await openTestDatabase();
  const clock = fixedClock(opts.now ?? '2026-11-16T12:00:00Z');
  const ctx: AppContext = {
    db: database.db,
    clock,
    logger: opts.logger ?? silentLogger,
    config: { adminToken: opts.adminToken, timeZone: 'UTC', connectorSecrets: opts.connectorSecrets },
  };
  const app = createApp(ctx, { engine: database.engine, allowedHosts: opts.allowedHosts, mailAttachmentsDir: opts.mailAttachmentsDir });
  // With signedInAs, an account of that role exists and every call carries its personal token.
  let bearer: Record<string, string> = {};
  if (opts.signedInAs) {
    const user = await addUser(
      ctx,
      { email: `${opts.signedInAs}@example.test`, name: `Test ${opts.signedInAs}`, role: opts.signedInAs, teams: [] },
      'cli',
    );
    bearer = { authorization: `Bearer ${(await createToken(ctx, { userId: user.id, actor: user.name, name: 'tests' })).token}` };
  }
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...bearer, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return { app, ctx, database, clock, call, close: () => database.close() };
}
