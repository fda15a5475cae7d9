import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { doc } from '../../platform/http/openapi.js';
import { parseInput } from '../../platform/http/validate.js';
import { dateQuery, idText, pageQuery } from '../../platform/http/query.js';
import {
  acceptInvitationInput,
  firstAdminInput,
  invitationInput,
  loginInput,
  tokenInput,
  userInput,
  userPatch,
  selfPatch,
  type AssigneeList,
  type InvitationCreated,
  type InvitationList,
  type SessionView,
  type SignedOut,
  type TokenCreated,
  type TokenList,
  type UserList,
} from '../../../contracts/people.js';
import { callerOf, SESSION_COOKIE, type Caller } from './door.js';
import { signIn, openSession, SESSION_DAYS } from './sign-in.js';
import { signOut } from './sign-out.js';
import { createFirstAdmin } from './create-first-admin.js';
import { addUser } from './add-user.js';
import { updateUser } from './update-user.js';
import { assignableUsers, countUsers, listUsers } from './user-repository.js';
import { inviteUser } from './invite-user.js';
import { acceptInvitation } from './accept-invitation.js';
import { listInvitations } from './invitation-repository.js';
import { listTokens } from './credential-repository.js';
import { createToken, revokeToken } from './manage-tokens.js';
import { listAudit } from './list-audit.js';
import { presentInvitation, presentToken, presentUser } from './present.js';
import { peopleError } from './errors.js';

async function body(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
  }
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

function giveSession(c: Context, session: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, session, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    expires: expiresAt,
    maxAge: SESSION_DAYS * 86_400,
  });
}

/** The client's address for the sign-in limit: the socket's (a proxy's header could be forged). */
function address(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'in-process';
}

function person(caller: Caller) {
  if (caller.kind !== 'user') throw peopleError('forbidden', 'this needs a signed-in person');
  return caller.user;
}

const actorLabel = (caller: Caller) =>
  caller.kind === 'user' ? caller.user.name : caller.kind === 'admin_token' ? 'admin-token' : 'owner';

export function authRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/session',
    doc({
      summary: 'Who is signed in here, and whether the first admin still has to be created',
      responses: { 200: '{ mode, user, setupNeeded }' },
    }),
    async (c) => {
      const caller = callerOf(c);
      const setupNeeded = (await countUsers(ctx.db)) === 0;
      const mode = caller.kind === 'user' ? 'signed_in' : caller.kind === 'single' ? 'single' : 'signed_out';
      return c.json({ mode, user: caller.kind === 'user' ? presentUser(caller.user) : null, setupNeeded } satisfies SessionView);
    },
  );
  app.post(
    '/login',
    doc({
      summary: 'Sign in with email and password: sets the HttpOnly session cookie',
      description: 'Failed attempts are limited per account and per address (429 with Retry-After).',
      body: loginInput,
      errors: ['sign_in_failed', 'too_many_sign_ins'],
    }),
    async (c) => {
      const input = parseInput(loginInput, await body(c));
      try {
        const { user, session, expiresAt } = await signIn(ctx, { ...input, address: address(c) });
        giveSession(c, session, expiresAt);
        return c.json({ mode: 'signed_in', user: presentUser(user), setupNeeded: false } satisfies SessionView);
      } catch (e) {
        if (e instanceof AppError && e.code === 'too_many_sign_ins')
          c.header('Retry-After', String((e.details as { retryAfterSeconds: number }).retryAfterSeconds));
        throw e;
      }
    },
  );
  app.post(
    '/first-admin',
    doc({
      summary: 'Create the first admin (only while no account exists) and sign them in',
      body: firstAdminInput,
      errors: ['setup_done', 'email_taken'],
      responses: { 201: 'the session, signed in' },
    }),
    async (c) => {
      const input = parseInput(firstAdminInput, await body(c));
      const user = await createFirstAdmin(ctx, input);
      const { session, expiresAt } = await openSession(ctx, user);
      giveSession(c, session, expiresAt);
      return c.json({ mode: 'signed_in', user: presentUser(user), setupNeeded: false } satisfies SessionView, 201);
    },
  );
  app.patch(
    '/me',
    doc({
      summary: 'Mark yourself away (or back): automatic assignment passes away people over',
      body: selfPatch,
      errors: ['forbidden'],
    }),
    async (c) => {
      const me = person(callerOf(c));
      const patch = parseInput(selfPatch, await body(c));
      return c.json(presentUser(await updateUser(ctx, me.id, patch, me.name)));
    },
  );
  app.post('/logout', doc({ summary: 'Sign out: ends this session and clears the cookie' }), async (c) => {
    const caller = callerOf(c);
    const user = person(caller);
    const sessions = await signOut(ctx, {
      userId: user.id,
      name: user.name,
      session: caller.kind === 'user' ? caller.session : undefined,
      everywhere: false,
    });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ signedOut: true, sessions } satisfies SignedOut);
  });
  app.post('/logout-everywhere', doc({ summary: "Sign out everywhere: ends every one of the user's sessions" }), async (c) => {
    const user = person(callerOf(c));
    const sessions = await signOut(ctx, { userId: user.id, name: user.name, everywhere: true });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ signedOut: true, sessions } satisfies SignedOut);
  });
  return app;
}

export function userRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({ summary: 'Every account (admin)', responses: { 200: '{ items }' } }), async (c) =>
    c.json({ items: (await listUsers(ctx.db)).map(presentUser) } satisfies UserList),
  );
  app.get(
    '/assignable',
    doc({
      summary: 'The active people work can be assigned to: id, name, teams and whether they are away',
      responses: { 200: '{ items }' },
    }),
    async (c) =>
      c.json({
        items: (await assignableUsers(ctx.db)).map((u) => ({ id: u.id, name: u.name, teams: u.teams, away: u.away })),
      } satisfies AssigneeList),
  );
  app.post(
    '/',
    doc({
      summary: 'Create an account (admin); without a password the person needs an invitation to get in',
      body: userInput,
      errors: ['email_taken'],
      responses: { 201: 'the user' },
    }),
    async (c) => c.json(presentUser(await addUser(ctx, parseInput(userInput, await body(c)), 'api')), 201),
  );
  app.patch(
    '/:id{[0-9]{1,15}}',
    doc({
      summary: "Change an account's name, role, teams, active or away flag (admin); deactivating ends its sessions",
      body: userPatch,
      errors: ['user_not_found', 'forbidden'],
    }),
    async (c) => {
      const patch = parseInput(userPatch, await body(c));
      return c.json(presentUser(await updateUser(ctx, Number(c.req.param('id')), patch, actorLabel(callerOf(c)))));
    },
  );
  return app;
}

export function invitationRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({ summary: 'Invitations, newest first (admin)', responses: { 200: '{ items }' } }), async (c) =>
    c.json({ items: (await listInvitations(ctx.db)).map(presentInvitation) } satisfies InvitationList),
  );
  app.post(
    '/',
    doc({
      summary: 'Invite someone by link (admin): single use, valid 7 days; the link is shown once',
      body: invitationInput,
      errors: ['email_taken'],
      responses: { 201: 'the invitation with its link' },
    }),
    async (c) => {
      const input = parseInput(invitationInput, await body(c));
      const caller = callerOf(c);
      const { invitation, token } = await inviteUser(ctx, {
        ...input,
        invitedBy: caller.kind === 'user' ? caller.user.id : null,
        actor: actorLabel(caller),
      });
      const link = `${new URL(c.req.url).origin}/invitation#${token}`;
      return c.json({ ...presentInvitation(invitation), link, token } satisfies InvitationCreated, 201);
    },
  );
  app.post(
    '/accept',
    doc({
      summary: 'Accept an invitation: creates the account and signs it in',
      body: acceptInvitationInput,
      errors: ['invitation_invalid', 'email_taken'],
      responses: { 201: 'the session, signed in' },
    }),
    async (c) => {
      const input = parseInput(acceptInvitationInput, await body(c));
      const user = await acceptInvitation(ctx, input);
      const { session, expiresAt } = await openSession(ctx, user);
      giveSession(c, session, expiresAt);
      return c.json({ mode: 'signed_in', user: presentUser(user), setupNeeded: false } satisfies SessionView, 201);
    },
  );
  return app;
}

export function tokenRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({ summary: 'My personal API tokens (never their secrets)', responses: { 200: '{ items }' } }), async (c) =>
    c.json({ items: (await listTokens(ctx.db, person(callerOf(c)).id)).map(presentToken) } satisfies TokenList),
  );
  app.post(
    '/',
    doc({
      summary: 'Create a personal API token: the answer holds it once, only its hash is kept',
      body: tokenInput,
      responses: { 201: '{ id, name, token, … }' },
    }),
    async (c) => {
      const { name } = parseInput(tokenInput, await body(c));
      const user = person(callerOf(c));
      const { token, record } = await createToken(ctx, { userId: user.id, actor: user.name, name });
      return c.json({ ...presentToken(record), token } satisfies TokenCreated, 201);
    },
  );
  app.delete('/:id{[0-9]{1,15}}', doc({ summary: 'Revoke one of my tokens', errors: ['token_not_found'] }), async (c) => {
    const user = person(callerOf(c));
    return c.json(presentToken(await revokeToken(ctx, { userId: user.id, actor: user.name, id: Number(c.req.param('id')) })));
  });
  return app;
}

const auditQuery = z.object({
  actor: z.string().max(254).optional(),
  subject: z
    .string()
    .regex(/^[a-z_]{1,40}(:[A-Za-z0-9_.-]{1,100})?$/, 'must be a subject type, or type:id (signal:42)')
    .optional(),
  type: z
    .string()
    .regex(/^[a-z_.]{1,100}$/, 'must be an event type (action.moved) or a family ending in "." (action.)')
    .optional(),
  from: dateQuery.optional(),
  to: dateQuery.optional(),
  limit: pageQuery.limit,
  cursor: idText.optional(),
});

export function auditRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary: 'The audit trail: the append-only event log, newest first, with the person who acted',
      query: auditQuery,
      responses: { 200: '{ items, nextCursor }' },
    }),
    async (c) => c.json(await listAudit(ctx, parseInput(auditQuery, c.req.query()))),
  );
  return app;
}
