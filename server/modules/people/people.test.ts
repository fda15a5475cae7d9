import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { createApp } from '../../app.js';
import { addUser } from './add-user.js';
import { SIGN_IN_LIMITS } from './sign-in.js';

type T = Awaited<ReturnType<typeof buildTestApp>>;
let t: T;
const ORIGIN = { origin: 'http://localhost' };

async function req(method: string, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await t.app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...o.headers },
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const cookieOf = (headers: Headers) => /wb_session=([^;]+)/.exec(headers.get('set-cookie') ?? '')?.[1];
const withCookie = (c: string, extra: Record<string, string> = ORIGIN) => ({ cookie: `wb_session=${c}`, ...extra });

async function login(email: string, password = 'a long password', headers: Record<string, string> = {}) {
  const r = await req('POST', '/api/auth/login', { body: { email, password }, headers });
  return { ...r, cookie: cookieOf(r.headers) };
}

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

describe('first run', () => {
  it('with no account on loopback, the single person works as before and is offered "create the first admin"', async () => {
    expect((await req('GET', '/api/signals')).status).toBe(200);
    expect((await req('GET', '/api/auth/session')).body).toEqual({ mode: 'single', user: null, setupNeeded: true });
  });

  it('a server on a network address with no account lets nobody in', async () => {
    const app = createApp(t.ctx, { host: '10.0.0.5', allowedHosts: ['localhost'] });
    expect((await app.request('/api/signals')).status).toBe(401);
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('creating the first admin signs them in; a second "first admin" is refused, and the door closes to anonymous calls', async () => {
    const r = await req('POST', '/api/auth/first-admin', {
      body: { email: 'Ada@Example.test', name: 'Ada', password: 'a long password' },
      headers: ORIGIN,
    });
    expect(r.status).toBe(201);
    expect(r.body.user).toMatchObject({ email: 'ada@example.test', role: 'admin' });
    const setCookie = r.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http on loopback
    expect((await req('GET', '/api/signals')).status).toBe(401);
    expect((await req('GET', '/api/health')).status).toBe(200);
    const again = await req('POST', '/api/auth/first-admin', {
      body: { email: 'eve@example.test', name: 'Eve', password: 'a long password' },
      headers: withCookie(cookieOf(r.headers)!),
    });
    expect(again.status).toBe(409);
  });
});

describe('sign-in and sessions', () => {
  it('signs in with the password (scrypt hash stored, never the password), answers who is signed in, and signs out', async () => {
    const row = await t.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'ada@example.test')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain('a long password');
    const { status, cookie } = await login('ada@example.test');
    expect(status).toBe(200);
    const me = await req('GET', '/api/auth/session', { headers: withCookie(cookie!) });
    expect(me.body).toMatchObject({ mode: 'signed_in', user: { email: 'ada@example.test' } });
    expect((await req('GET', '/api/signals', { headers: withCookie(cookie!) })).status).toBe(200);
    const out = await req('POST', '/api/auth/logout', { headers: withCookie(cookie!) });
    expect(out.body).toEqual({ signedOut: true, sessions: 1 });
    expect((await req('GET', '/api/signals', { headers: withCookie(cookie!) })).status).toBe(401);
  });

  it('the session cookie is Secure when the request came over HTTPS', async () => {
    const r = await t.app.request('https://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ada@example.test', password: 'a long password' }),
    });
    expect(r.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('a wrong password, an unknown email and an inactive account are one answer: 401', async () => {
    expect((await login('ada@example.test', 'wrong password')).status).toBe(401);
    expect((await login('nobody@example.test')).status).toBe(401);
    const u = await addUser(
      t.ctx,
      { email: 'gone@example.test', name: 'Gone', role: 'agent', teams: [], password: 'a long password' },
      'cli',
    );
    await t.ctx.db.updateTable('users').set({ active: false }).where('id', '=', u.id).execute();
    expect((await login('gone@example.test')).status).toBe(401);
  });

  it('sign out everywhere ends every session of the user', async () => {
    const a = await login('ada@example.test');
    const b = await login('ada@example.test');
    const r = await req('POST', '/api/auth/logout-everywhere', { headers: withCookie(a.cookie!) });
    expect(r.body.sessions).toBeGreaterThanOrEqual(2);
    expect((await req('GET', '/api/signals', { headers: withCookie(b.cookie!) })).status).toBe(401);
  });

  it('limits failed sign-ins per account: past the limit even the right password is refused (429), until the window passes', async () => {
    await addUser(t.ctx, { email: 'rate@example.test', name: 'Rate', role: 'agent', teams: [], password: 'a long password' }, 'cli');
    for (let i = 0; i < SIGN_IN_LIMITS.account; i++)
      expect((await login('rate@example.test', 'wrong password', { 'x-n': String(i) })).status).toBe(401);
    const blocked = await login('rate@example.test');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('900');
    t.clock.advance(16 * 60_000);
    expect((await login('rate@example.test')).status).toBe(200);
  });

  it('limits failed sign-ins per address, whatever the account', async () => {
    await t.ctx.db.deleteFrom('sign_in_failures').execute();
    for (let i = 0; i < SIGN_IN_LIMITS.address; i++) await login(`guess${i}@example.test`, 'wrong password');
    expect((await login('ada@example.test')).status).toBe(429);
    t.clock.advance(16 * 60_000);
  });
});

describe('CSRF: cookie writes must come from our own pages', () => {
  it('refuses a cookie write with neither Origin nor Sec-Fetch-Site: same-origin, and accepts either', async () => {
    const { cookie } = await login('ada@example.test');
    const body = { name: 'laptop' };
    expect((await req('POST', '/api/tokens', { body, headers: withCookie(cookie!, {}) })).status).toBe(403);
    expect((await req('POST', '/api/tokens', { body, headers: withCookie(cookie!, { origin: 'http://evil.example' }) })).status).toBe(403);
    expect((await req('POST', '/api/tokens', { body, headers: withCookie(cookie!, { 'sec-fetch-site': 'cross-site' }) })).status).toBe(403);
    expect((await req('POST', '/api/tokens', { body, headers: withCookie(cookie!, { 'sec-fetch-site': 'same-origin' }) })).status).toBe(
      201,
    );
    expect((await req('POST', '/api/tokens', { body, headers: withCookie(cookie!) })).status).toBe(201);
  });
});

describe('personal API tokens', () => {
  it('are shown once, stored hashed, accepted as Bearer with no CSRF step, and stop working when revoked', async () => {
    const { cookie } = await login('ada@example.test');
    const created = await req('POST', '/api/tokens', { body: { name: 'script' }, headers: withCookie(cookie!) });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^wbt_/);
    const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM api_tokens WHERE token_hash = ${token}`.execute(t.ctx.db);
    expect(stored.rows[0]!.n).toBe(0);
    const list = await req('GET', '/api/tokens', { headers: withCookie(cookie!) });
    expect(JSON.stringify(list.body)).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await req('POST', '/api/signals', { body: buildSignal(), headers: bearer })).status).toBe(201);
    expect((await req('DELETE', `/api/tokens/${created.body.id}`, { headers: withCookie(cookie!) })).status).toBe(200);
    expect((await req('GET', '/api/signals', { headers: bearer })).status).toBe(401);
  });
});

describe('invitations', () => {
  it('an admin invites by link; the link works once and makes the account with the invited role', async () => {
    const { cookie } = await login('ada@example.test');
    const inv = await req('POST', '/api/invitations', {
      body: { email: 'new@example.test', role: 'viewer', teams: ['support'] },
      headers: withCookie(cookie!),
    });
    expect(inv.status).toBe(201);
    expect(inv.body.link).toBe(`http://localhost/invitation#${inv.body.token}`);
    const accept = { token: inv.body.token, name: 'Nina', password: 'another long one' };
    const r = await req('POST', '/api/invitations/accept', { body: accept, headers: ORIGIN });
    expect(r.status).toBe(201);
    expect(r.body.user).toMatchObject({ email: 'new@example.test', role: 'viewer', teams: ['support'] });
    expect(cookieOf(r.headers)).toBeTruthy();
    expect((await req('POST', '/api/invitations/accept', { body: { ...accept, name: 'Twice' }, headers: ORIGIN })).status).toBe(410);
    // The viewer may read and may not write.
    const viewer = withCookie(cookieOf(r.headers)!);
    expect((await req('GET', '/api/signals', { headers: viewer })).status).toBe(200);
    const refused = await req('POST', '/api/signals', { body: buildSignal(), headers: viewer });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'forbidden',
      message: 'your role (viewer) may not do this; an admin can change your role',
    });
  });

  it('an invitation expires after 7 days', async () => {
    const { cookie } = await login('ada@example.test');
    const inv = await req('POST', '/api/invitations', {
      body: { email: 'late@example.test', role: 'agent' },
      headers: withCookie(cookie!),
    });
    t.clock.advance(7 * 86_400_000 + 1000);
    const r = await req('POST', '/api/invitations/accept', {
      body: { token: inv.body.token, name: 'Late', password: 'another long one' },
      headers: ORIGIN,
    });
    expect(r.status).toBe(410);
  });
});

describe('the actor is the signed-in user', () => {
  it('a body naming someone else does not decide who acted: the event and the audit trail name the signed-in user', async () => {
    const agent = await addUser(
      t.ctx,
      { email: 'aga@example.test', name: 'Aga', role: 'agent', teams: [], password: 'a long password' },
      'cli',
    );
    const { cookie } = await login('aga@example.test');
    const created = await req('POST', '/api/signals', { body: buildSignal(), headers: withCookie(cookie!) });
    const id = created.body.id;
    const r = await req('PATCH', `/api/signals/${id}`, {
      body: { status: 'pending', actor: 'somebody else' },
      headers: withCookie(cookie!),
    });
    expect(r.status).toBe(200);
    const admin = await login('ada@example.test');
    const audit = await req('GET', `/api/audit?subject=signal:${id}`, { headers: withCookie(admin.cookie!) });
    expect(audit.status).toBe(200);
    expect(audit.body.items.length).toBeGreaterThan(0);
    for (const item of audit.body.items) expect(item.actor).toEqual({ id: agent.id, email: 'aga@example.test', name: 'Aga' });
    expect(JSON.stringify(audit.body)).not.toContain('somebody else');
    const byActor = await req('GET', `/api/audit?actor=aga@example.test&limit=1`, { headers: withCookie(admin.cookie!) });
    expect(byActor.body.items).toHaveLength(1);
    expect(byActor.body.nextCursor).toMatch(/^\d+$/);
    const next = await req('GET', `/api/audit?actor=${agent.id}&limit=1&cursor=${byActor.body.nextCursor}`, {
      headers: withCookie(admin.cookie!),
    });
    expect(next.body.items[0].id).toBeLessThan(byActor.body.items[0].id);
    const typed = await req('GET', `/api/audit?type=user.&actor=${agent.id}`, { headers: withCookie(admin.cookie!) });
    expect(typed.body.items.map((i: { type: string }) => i.type)).toEqual(['user.signed_in']);
    const later = await req('GET', `/api/audit?from=2100-01-01`, { headers: withCookie(admin.cookie!) });
    expect(later.body.items).toEqual([]);
    expect((await req('GET', '/api/audit?subject=DROP TABLE', { headers: withCookie(admin.cookie!) })).status).toBe(400);
    // An agent may not read the audit trail.
    expect((await req('GET', '/api/audit', { headers: withCookie(cookie!) })).status).toBe(403);
  });
});
