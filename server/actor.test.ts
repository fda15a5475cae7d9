// The signed-in person is the actor of what they do, whatever a body claims (issue 14): in the
// stored columns that name who acted (reply author, decision maker, action changes, the UGC
// permission ledger) and in the event log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test/http.js';
import { buildSignal } from './test/factories.js';
import { detectIssues } from './modules/issues/index.js';
import { dayIso, seedStrapStore } from './test/strap-store.js';
import { addUser, createToken } from './modules/people/index.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ now: dayIso(40, 23), signedInAs: 'lead' });
  await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 8, quietEvery: 4, burstDay: 40, burst: 6 });
  await detectIssues(t.ctx);
}, 120_000);
afterAll(() => t?.close());

describe('the actor is the signed-in user', () => {
  it('a reply, a label correction, a decision, an action and a UGC ledger entry name the person, not the body', async () => {
    const signal = await t.call('POST', '/api/signals', buildSignal());
    const id = signal.body.id;
    const reply = await t.call('POST', `/api/signals/${id}/replies`, {
      text: 'Sorry about that, a new strap is on its way.',
      author: 'mallory',
    });
    expect(reply.status).toBe(201);
    expect((await t.call('GET', `/api/signals/${id}/replies`)).body.items[0].author).toBe('Test lead');
    expect((await t.call('PATCH', `/api/signals/${id}`, { issueTypes: ['missing_item'], actor: 'mallory' })).status).toBe(200);

    const issues = await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item');
    const issueId = issues.body.items[0].id;
    const decision = await t.call('POST', `/api/issues/${issueId}/decisions`, {
      type: 'ask_supplier_evidence',
      note: 'Ask for the packing photos',
      supplier: 'Acme Bags',
      evidenceRequested: ['packing photos'],
      dueAt: dayIso(47),
      decidedBy: 'mallory',
    });
    expect(decision.status).toBe(201);
    expect(decision.body.decidedBy).toBe('Test lead');
    const action = await t.call('POST', `/api/issues/${issueId}/actions`, {
      location: 'qa_record',
      change: 'Add a strap check to packing QA',
      actor: 'mallory',
    });
    expect(action.status).toBe(201);

    const asset = await t.call('POST', '/api/ugc/assets', { signalId: id, kind: 'review', createdBy: 'mallory' });
    expect(asset.status).toBeLessThan(300);
    const perm = await t.call('POST', `/api/ugc/assets/${asset.body.id}/permissions`, {
      kind: 'requested',
      channels: ['product_page'],
      recordedBy: 'mallory',
    });
    expect(perm.status).toBe(201);

    const events = await t.ctx.db
      .selectFrom('events')
      .select(['actor', 'actor_user_id', 'type'])
      .where('actor_user_id', 'is not', null)
      .execute();
    expect(events.length).toBeGreaterThan(5);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set(['Test lead']));
    const all = JSON.stringify(
      await t.ctx.db
        .selectFrom('events')
        .selectAll()
        .where('at', '>=', new Date(dayIso(40, 0)))
        .execute(),
    );
    expect(all).not.toContain('mallory');
    const audit = await t.call('GET', '/api/audit?type=decision.recorded');
    expect(audit.body.items[0].actor).toMatchObject({ name: 'Test lead', email: 'lead@example.test' });
  });

  it("an owner moves only their own teams' actions, and reads the rest", async () => {
    const owner = await addUser(t.ctx, { email: 'omar@example.test', name: 'Omar', role: 'owner', teams: ['sourcing_quality'] }, 'cli');
    const as = { authorization: `Bearer ${(await createToken(t.ctx, { userId: owner.id, actor: owner.name, name: 't' })).token}` };
    const issueId = (await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item')).body.items[0].id;
    const theirs = await t.call('POST', `/api/issues/${issueId}/actions`, {
      location: 'qa_record',
      change: 'Check straps at packing',
      ownerTeam: 'sourcing_quality',
    });
    const others = await t.call('POST', `/api/issues/${issueId}/actions`, {
      location: 'qa_record',
      change: 'Tell customers',
      ownerTeam: 'support',
    });
    expect((await t.call('PATCH', `/api/actions/${theirs.body.id}`, { status: 'accepted' }, as)).status).toBe(200);
    const refused = await t.call('PATCH', `/api/actions/${others.body.id}`, { status: 'accepted' }, as);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/support team/);
    expect(
      (await t.call('POST', `/api/issues/${issueId}/actions`, { location: 'qa_record', change: 'x', ownerTeam: 'support' }, as)).status,
    ).toBe(403);
    expect((await t.call('GET', `/api/actions?issueId=${issueId}`, undefined, as)).status).toBe(200);
  });

  it('an owner records decisions and closes issues only of their own teams (403 otherwise), and reads the rest', async () => {
    const issue = (await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item')).body.items[0];
    const team: string = issue.ownerTeam;
    expect(team).toBeTruthy();
    const token = async (email: string, teams: string[]) => {
      const u = await addUser(t.ctx, { email, name: email.split('@')[0]!, role: 'owner', teams }, 'cli');
      return { authorization: `Bearer ${(await createToken(t.ctx, { userId: u.id, actor: u.name, name: 't' })).token}` };
    };
    const mine = await token('own-team@example.test', [team]);
    const other = await token('other-team@example.test', ['elsewhere']);
    const decision = {
      type: 'hold_next_order',
      note: 'Hold until the straps are checked',
      sku: 'BAG-1',
      releaseCondition: 'straps counted at packing',
    };
    const refused = await t.call('POST', `/api/issues/${issue.id}/decisions`, decision, other);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(team);
    expect((await t.call('POST', `/api/issues/${issue.id}/decisions`, decision, mine)).status).toBe(201);
    const close = { reason: 'not_a_real_issue', note: 'Counted twice' };
    expect((await t.call('POST', `/api/issues/${issue.id}/close`, close, other)).status).toBe(403);
    // Reads stay open to the other team's owner.
    expect((await t.call('GET', `/api/issues/${issue.id}`, undefined, other)).status).toBe(200);
    expect((await t.call('GET', '/api/decisions', undefined, other)).status).toBe(200);
    const audit = await t.call('GET', `/api/decisions?type=hold_next_order`);
    expect(audit.body.items).toHaveLength(1);
  });
});
