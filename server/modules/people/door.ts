// Who is calling, and may they: the middleware every /api request passes after the guard. It
// names the caller (session cookie, personal token, the operator's WRITEBACK_ADMIN_TOKEN, or the
// single person of a loopback server with no accounts), refuses cookie writes that do not prove
// they come from our own pages, and applies the policy table to the route that matched.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { runAs } from '../../platform/actor.js';
import type { Role } from '../../../contracts/people.js';
import { userOfSession, userOfToken } from './authenticate.js';
import { countUsers, type User } from './user-repository.js';
import { actorOf } from './actor-of.js';
import { allows, ruleOf } from './policy.js';
import { peopleError } from './errors.js';

export const SESSION_COOKIE = 'wb_session';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Caller =
  | { kind: 'user'; user: User; via: 'session' | 'token'; session?: string }
  | { kind: 'admin_token' }
  | { kind: 'single' }
  | { kind: 'anonymous' };

const callers = new WeakMap<Request, Caller>();

/** The caller the door recognised for this request (people's own routes read it). */
export function callerOf(c: Context): Caller {
  return callers.get(c.req.raw) ?? { kind: 'anonymous' };
}

export function roleOf(caller: Caller): Role | undefined {
  if (caller.kind === 'user') return caller.user.role;
  if (caller.kind === 'admin_token' || caller.kind === 'single') return 'admin';
  return undefined;
}

export interface DoorOptions {
  adminToken?: string;
  /** Bound to a loopback address only: with no account yet, the one person at the machine is let in. */
  loopback: boolean;
}

/** True once any account exists; never goes back (accounts are deactivated, not deleted). */
function accountsExist(ctx: Pick<AppContext, 'db'>): () => Promise<boolean> {
  let known = false;
  return async () => (known ||= (await countUsers(ctx.db)) > 0);
}

export function peopleDoor(ctx: Pick<AppContext, 'db' | 'clock'>, opts: DoorOptions): MiddlewareHandler {
  const exist = accountsExist(ctx);
  return async (c, next) => {
    const caller = await identify(c, ctx, opts, exist);
    callers.set(c.req.raw, caller);
    if (caller.kind === 'user' && caller.via === 'session' && WRITE_METHODS.has(c.req.method)) {
      // The guard already refused a foreign Origin or Sec-Fetch-Site; a cookie write must also
      // carry one of them, so a request that hides both cannot ride the cookie.
      if (c.req.header('origin') === undefined && c.req.header('sec-fetch-site') !== 'same-origin') {
        throw new AppError(
          'cross_origin_refused',
          "a signed-in write must come from this server's own pages (Origin or Sec-Fetch-Site: same-origin)",
        );
      }
    }
    const endpoint = matchedRoutes(c).find((r) => r.method !== 'ALL');
    // No route: the catch-all answers 404 whoever asks.
    if (endpoint) {
      const rule = ruleOf(c.req.method, endpoint.path);
      const role = roleOf(caller);
      if (rule !== 'public' && caller.kind === 'anonymous') {
        throw new AppError('unauthorized', 'sign in first, or send Authorization: Bearer <personal API token>');
      }
      if (rule === 'person' && caller.kind !== 'user') {
        throw peopleError('forbidden', 'this needs a signed-in person (create the first admin or sign in)');
      }
      if (!allows(rule, role)) {
        throw peopleError(
          'forbidden',
          `your role (${role}) may not ${c.req.method === 'GET' ? 'see' : 'do'} this; an admin can change your role`,
        );
      }
    }
    if (caller.kind === 'user') return runAs(actorOf(caller.user), next);
    return next();
  };
}

async function identify(
  c: Context,
  ctx: Pick<AppContext, 'db' | 'clock'>,
  opts: DoorOptions,
  exist: () => Promise<boolean>,
): Promise<Caller> {
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const m = /^Bearer (\S{1,500})$/.exec(auth);
    if (!m) throw new AppError('unauthorized', 'the Authorization header must be "Bearer <token>"');
    const token = m[1]!;
    if (opts.adminToken && same(token, opts.adminToken)) return { kind: 'admin_token' };
    const user = await userOfToken(ctx, token);
    if (!user) throw new AppError('unauthorized', 'this token is not valid: revoked, its owner is not active, or never issued');
    return { kind: 'user', user, via: 'token' };
  }
  const session = getCookie(c, SESSION_COOKIE);
  if (session && session.length <= 200) {
    const user = await userOfSession(ctx, session);
    if (user) return { kind: 'user', user, via: 'session', session };
  }
  if (!opts.adminToken && opts.loopback && !(await exist())) return { kind: 'single' };
  return { kind: 'anonymous' };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
