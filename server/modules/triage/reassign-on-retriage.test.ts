import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { addUser } from '../people/index.js';
import { triageStoredSignals } from './index.js';

// A re-triage that moves a signal to another owner team moves its assignee with it (the
// signals.triaged subscriber in server/subscribers.ts); one that keeps the team keeps the person.
describe('re-assignment on re-triage', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
  });
  afterAll(() => t?.close());

  it('gives the signal to a member of the team the re-triage chose', async () => {
    const probe = await t.call('POST', '/api/signals', buildSignal({ text: 'The strap was missing from my bag, order 1' }));
    const team = (await t.call('GET', `/api/signals/${probe.body.id}`)).body.ownerTeam as string;
    const inTeam = await addUser(t.ctx, { email: 'tia@example.test', name: 'Tia', role: 'agent', teams: [team] }, 'cli');
    const elsewhere = await addUser(t.ctx, { email: 'ola@example.test', name: 'Ola', role: 'agent', teams: ['elsewhere'] }, 'cli');
    const s = await t.call('POST', '/api/signals', buildSignal({ text: 'The strap was missing from my bag, order 2' }));
    expect((await t.call('GET', `/api/signals/${s.body.id}`)).body.assigneeId).toBe(inTeam.id);

    // As if an earlier triage had routed it elsewhere, to Ola: the re-triage routes it back.
    await t.ctx.db.updateTable('signals').set({ owner_team: 'elsewhere', assignee_id: elsewhere.id }).where('id', '=', s.body.id).execute();
    await t.ctx.db.transaction().execute((tx) => triageStoredSignals({ db: tx, clock: t.clock }, [s.body.id]));
    const after = (await t.call('GET', `/api/signals/${s.body.id}`)).body;
    expect(after.ownerTeam).toBe(team);
    expect(after.assigneeId).toBe(inTeam.id);

    // Triaged again to the same team: the assignee stays.
    await t.ctx.db.transaction().execute((tx) => triageStoredSignals({ db: tx, clock: t.clock }, [s.body.id]));
    expect((await t.call('GET', `/api/signals/${s.body.id}`)).body.assigneeId).toBe(inTeam.id);
  });
});
