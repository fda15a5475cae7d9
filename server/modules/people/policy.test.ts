import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { ROLES, type Role } from '../../../contracts/people.js';
import { addUser } from './add-user.js';
import { createToken } from './manage-tokens.js';
import { POLICY, allows } from './policy.js';

type T = Awaited<ReturnType<typeof buildTestApp>>;
let t: T;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  t = await buildTestApp();
  for (const role of ROLES) {
    const u = await addUser(
      t.ctx,
      { email: `${role}@example.test`, name: `The ${role}`, role, teams: ['support'], password: 'a long password' },
      'cli',
    );
    tokens[role] = (await createToken(t.ctx, { userId: u.id, actor: u.name, name: 'matrix' })).token;
  }
}, 60_000);
afterAll(() => t?.close());

/** Every registered /api route (the catch-all aside), as the policy table keys them. */
function routes(): string[] {
  const keys = new Set<string>();
  for (const r of t.app.routes) if (r.method !== 'ALL' && r.path.startsWith('/api/')) keys.add(`${r.method} ${r.path}`);
  return [...keys].sort();
}

/** A concrete URL for a registered path: ids that match no row, so an allowed call changes nothing. */
function concrete(path: string): string {
  return path
    .replace(/:id\{[^}]*\}\}?/g, '999999')
    .replace(/:sha\{[^}]*\}\}?/g, 'a'.repeat(64))
    .replace(/:(\w+)(\{[^}]*\}\}?)?/g, 'nothing-here');
}

describe('the policy table', () => {
  it('classifies every registered route (a route added without an entry fails here)', () => {
    const missing = routes().filter((k) => !(k in POLICY));
    expect(missing).toEqual([]);
    // And names no route that does not exist, so the table does not rot.
    const registered = new Set(routes());
    expect(Object.keys(POLICY).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('answers every route × every role as the table says: allowed, or 403', async () => {
    const wrong: string[] = [];
    for (const key of routes()) {
      const [method, path] = key.split(' ') as [string, string];
      const rule = POLICY[key]!;
      for (const role of ROLES) {
        const res = await t.app.request(concrete(path), {
          method,
          headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        });
        const expected = allows(rule, role) ? 'allowed' : 'forbidden';
        const got = res.status === 403 ? 'forbidden' : 'allowed';
        if (res.status >= 500 || got !== expected) wrong.push(`${key} as ${role}: ${res.status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('once an account exists, every route but the public ones needs a session or a token', async () => {
    const open: string[] = [];
    for (const key of routes()) {
      const [method, path] = key.split(' ') as [string, string];
      const res = await t.app.request(concrete(path), {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      if (res.status !== 401) open.push(`${key}: ${res.status}`);
    }
    expect(open.sort()).toEqual(
      Object.entries(POLICY)
        .filter(([, rule]) => rule === 'public')
        .map(([k]) => k)
        .sort()
        .map((k) => expect.stringContaining(k)),
    );
  });
});
