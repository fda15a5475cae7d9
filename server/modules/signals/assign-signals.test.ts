import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { addUser, createToken } from '../people/index.js';
import { assignWaitingSignals, pickAssignee } from './assign-signals.js';

// Named assignees: the round robin weighted by open load, away people passed over, re-assignment
// when the owner team changes, manual assignment, and one person with no accounts (nothing assigned).

describe('pickAssignee: round robin weighted by open load', () => {
  const never = Number.NEGATIVE_INFINITY;
  it('gives the signal to whoever holds the fewest open signals', () => {
    expect(
      pickAssignee([
        { id: 1, open: 3, last: 1 },
        { id: 2, open: 1, last: 9 },
        { id: 3, open: 2, last: never },
      ])?.id,
    ).toBe(2);
  });
  it('among equal loads, to whoever was given one longest ago, someone never given one first', () => {
    expect(
      pickAssignee([
        { id: 1, open: 1, last: 5 },
        { id: 2, open: 1, last: 3 },
      ])?.id,
    ).toBe(2);
    expect(
      pickAssignee([
        { id: 1, open: 1, last: 5 },
        { id: 2, open: 1, last: never },
      ])?.id,
    ).toBe(2);
  });
  it('among equals in every way, to the lowest id; with nobody, to nobody', () => {
    expect(
      pickAssignee([
        { id: 7, open: 0, last: never },
        { id: 4, open: 0, last: never },
      ])?.id,
    ).toBe(4);
    expect(pickAssignee([])).toBeUndefined();
  });
});

describe('one person with no accounts', () => {
  it('assigns nothing and the views still answer', async () => {
    const t = await buildTestApp();
    try {
      const r = await t.call('POST', '/api/signals', buildSignal({ sku: 'SOLO-1' }));
      expect(r.status).toBe(201);
      expect((await t.call('GET', `/api/signals/${r.body.id}`)).body.assigneeId).toBeNull();
      expect((await t.call('GET', '/api/signals?sku=SOLO-1&assignee=me')).body.items).toEqual([]);
      expect((await t.call('GET', '/api/signals?sku=SOLO-1&assignee=none')).body.items.map((s: { id: number }) => s.id)).toEqual([
        r.body.id,
      ]);
      const team = await t.call('PATCH', `/api/signals/${r.body.id}`, { ownerTeam: 'sourcing_quality' });
      expect(team.status).toBe(200);
      expect(team.body.assigneeId).toBeNull();
      expect((await t.call('GET', '/api/signals?assignee=someone')).status).toBe(400);
      const huge = await t.call('GET', '/api/signals?assignee=999999999999999');
      expect(huge.status).toBe(400);
      expect(JSON.stringify(huge.body)).toMatch(/assignee/);
      // The first people of the store take the open work already waiting.
      const first = await addUser(t.ctx, { email: 'first@example.test', name: 'First', role: 'owner', teams: ['sourcing_quality'] }, 'cli');
      expect(await assignWaitingSignals(t.ctx)).toBeGreaterThanOrEqual(1);
      const after = await t.ctx.db.selectFrom('signals').select('assignee_id').where('id', '=', r.body.id).executeTakeFirstOrThrow();
      expect(after.assignee_id).toBe(first.id);
      expect(await assignWaitingSignals(t.ctx)).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('automatic assignment', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  let team: string;
  const u: Record<'ann' | 'bob' | 'cat' | 'dan' | 'eve', number> = { ann: 0, bob: 0, cat: 0, dan: 0, eve: 0 };
  let annToken: string;
  let n = 0;
  const text = () => `The strap was missing from my bag, order ${++n}`;
  const ingest = async (count: number) => {
    const r = await t.call(
      'POST',
      '/api/signals',
      Array.from({ length: count }, () => buildSignal({ sku: 'ASG-1', text: text() })),
    );
    expect(r.status).toBe(201);
    return r.body.results.map((x: { id: number }) => x.id) as number[];
  };
  const assignees = async (ids: number[]) =>
    Promise.all(ids.map(async (id) => (await t.call('GET', `/api/signals/${id}`)).body.assigneeId as number | null));

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
    // The owner team triage gives this kind of signal (whatever the rules say today).
    const probe = await t.call('POST', '/api/signals', buildSignal({ sku: 'PROBE', text: text() }));
    team = (await t.call('GET', `/api/signals/${probe.body.id}`)).body.ownerTeam;
    expect(team).toBeTruthy();
    const add = async (name: string, teams: string[]) =>
      (await addUser(t.ctx, { email: `${name}@example.test`, name, role: 'agent', teams }, 'cli')).id;
    u.ann = await add('ann', [team]);
    u.bob = await add('bob', [team, 'other_team']);
    u.cat = await add('cat', [team]);
    u.dan = await add('dan', ['other_team']);
    u.eve = await add('eve', [team]);
    annToken = (await createToken(t.ctx, { userId: u.ann, actor: 'ann', name: 'tests' })).token;
    // Cat is away (set by an admin), Eve has left (inactive): neither is given work.
    expect((await t.call('PATCH', `/api/users/${u.cat}`, { away: true })).body.away).toBe(true);
    expect((await t.call('PATCH', `/api/users/${u.eve}`, { active: false })).status).toBe(200);
  });
  afterAll(() => t?.close());

  it('takes turns between equally loaded members, skipping the away and the inactive', async () => {
    const ids = await ingest(4);
    expect(await assignees(ids)).toEqual([u.ann, u.bob, u.ann, u.bob]);
    // One at a time, the turns go on: Ann was given one longest ago.
    expect(await assignees(await ingest(1))).toEqual([u.ann]);
    expect(await assignees(await ingest(1))).toEqual([u.bob]);
  });

  it('weighs open load: whoever holds fewer open signals gets the next ones until loads are even', async () => {
    const annOpen = (await t.call('GET', `/api/signals?sku=ASG-1&assignee=${u.ann}&status=open`)).body.items.map(
      (s: { id: number }) => s.id,
    );
    expect(annOpen).toHaveLength(3);
    const r = await t.call('POST', '/api/signals/bulk', { ids: annOpen.slice(0, 2), status: 'resolved' });
    expect(r.status).toBe(200);
    // Ann holds 1 open, Bob 3: Ann gets two in a row, then they alternate again.
    expect(await assignees(await ingest(3))).toEqual([u.ann, u.ann, u.bob]);
  });

  it('passes over someone who marks themselves away, and gives them work again when back', async () => {
    const me = { authorization: `Bearer ${annToken}` };
    const away = await t.call('PATCH', '/api/auth/me', { away: true }, me);
    expect(away.status).toBe(200);
    expect(away.body.away).toBe(true);
    expect(await assignees(await ingest(2))).toEqual([u.bob, u.bob]);
    expect((await t.call('PATCH', '/api/auth/me', { away: 'yes' }, me)).status).toBe(400);
    await t.call('PATCH', '/api/auth/me', { away: false }, me);
    // Admin's view agrees; Ann now holds fewer open signals than Bob.
    expect((await t.call('GET', '/api/users')).body.items.find((x: { id: number }) => x.id === u.ann).away).toBe(false);
    expect(await assignees(await ingest(1))).toEqual([u.ann]);
  });

  it('re-assigns when the owner team changes: to a member of the new team, or nobody when it has none', async () => {
    const [id] = await ingest(1);
    const moved = await t.call('PATCH', `/api/signals/${id}`, { ownerTeam: 'other_team' });
    expect(moved.status).toBe(200);
    // Bob is in both teams but Dan holds no open signal: the load decides.
    expect(moved.body.assigneeId).toBe(u.dan);
    const empty = await t.call('PATCH', `/api/signals/${id}`, { ownerTeam: 'a_team_with_nobody' });
    expect(empty.body.assigneeId).toBeNull();
    // A person named in the same edit wins over the automatic pick.
    const both = await t.call('PATCH', `/api/signals/${id}`, { ownerTeam: team, assigneeId: u.cat });
    expect(both.body.assigneeId).toBe(u.cat);
    // A team change that keeps the assignee in the team keeps the assignee.
    const bobs = await t.call('PATCH', `/api/signals/${id}`, { assigneeId: u.bob });
    expect(bobs.body.assigneeId).toBe(u.bob);
    expect((await t.call('PATCH', `/api/signals/${id}`, { ownerTeam: 'other_team' })).body.assigneeId).toBe(u.bob);
  });

  it('assigns and unassigns by hand, only to an active user, and the list filters by assignee', async () => {
    const [id] = await ingest(1);
    const bad = await t.call('PATCH', `/api/signals/${id}`, { assigneeId: u.eve });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/assigneeId/);
    expect((await t.call('PATCH', `/api/signals/${id}`, { assigneeId: 999999 })).status).toBe(400);
    expect((await t.call('PATCH', `/api/signals/${id}`, { assigneeId: 'ann' })).status).toBe(400);
    expect((await t.call('PATCH', `/api/signals/${id}`, { assigneeId: null })).body.assigneeId).toBeNull();
    const none = (await t.call('GET', '/api/signals?sku=ASG-1&assignee=none')).body.items.map((s: { id: number }) => s.id);
    expect(none).toEqual([id]);
    await t.call('PATCH', `/api/signals/${id}`, { assigneeId: u.ann });
    const mine = await t.call('GET', '/api/signals?sku=ASG-1&assignee=me', undefined, { authorization: `Bearer ${annToken}` });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((s: { id: number }) => s.id)).toContain(id);
    expect(mine.body.items.every((s: { assigneeId: number }) => s.assigneeId === u.ann)).toBe(true);
    // The audit trail names each change.
    const log = await t.ctx.db
      .selectFrom('events')
      .select(['payload'])
      .where('type', '=', 'signal.assignee_changed')
      .where('subject_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(log.map((e) => (e.payload as { to: number | null }).to).slice(-2)).toEqual([null, u.ann]);
    expect(log).toHaveLength(3);
  });

  it('gives per-person figures in the SLA figures: first reply, resolution and open load', async () => {
    const [id] = await ingest(1);
    const holder = (await t.call('GET', `/api/signals/${id}`)).body.assigneeId as number;
    const reply = await t.call('POST', `/api/signals/${id}/replies`, {
      text: 'Sorry about the missing strap; a new one is on its way to you today.',
      public: false,
    });
    expect(reply.status).toBe(201);
    const r = await t.call('GET', '/api/sla/figures?from=2026-11-01&to=2026-12-01');
    expect(r.status).toBe(200);
    const people = r.body.byPerson as {
      assigneeId: number | null;
      name: string;
      signals: number;
      openLoad: number;
      firstResponse: { calendarMinutes: { count: number } };
      resolution: { calendarMinutes: { count: number } };
    }[];
    const held = async (who: number) =>
      (await t.call('GET', `/api/signals?assignee=${who}&status=open&limit=200`)).body.items.length +
      (await t.call('GET', `/api/signals?assignee=${who}&status=pending&limit=200`)).body.items.length;
    for (const who of [u.ann, u.bob, u.dan]) {
      const p = people.find((x) => x.assigneeId === who);
      expect(p?.openLoad ?? 0, String(who)).toBe(await held(who));
    }
    const ann = people.find((x) => x.assigneeId === u.ann)!;
    expect(ann.name).toBe('ann');
    expect(ann.resolution.calendarMinutes.count).toBe(2);
    expect(people.find((x) => x.assigneeId === holder)!.firstResponse.calendarMinutes.count).toBeGreaterThanOrEqual(1);
    expect(people.reduce((n, p) => n + p.signals, 0)).toBe(r.body.signals);
    expect(people.find((x) => x.assigneeId === u.cat)?.signals ?? 0).toBeLessThanOrEqual(1);
  });
});
