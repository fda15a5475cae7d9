import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { detectIssues } from '../../issues/index.js';
import { addUser } from '../../people/index.js';
import { dayIso, seedStrapStore } from '../../../test/strap-store.js';

// An action's named assignee: set and cleared through PATCH, only ever an active account.
describe('action assignee', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  let actionId: number;
  let owner: number;
  let gone: number;
  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(40, 23), signedInAs: 'admin' });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 8, quietEvery: 4, burstDay: 40, burst: 6 });
    await detectIssues(t.ctx);
    const list = await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item');
    const issueId = list.body.items.find((i: { batch: string | null }) => i.batch === 'B1').id;
    const created = await t.call('POST', `/api/issues/${issueId}/actions`, { location: 'qa_record', change: 'Add a strap check' });
    expect(created.status).toBe(201);
    expect(created.body.assigneeId).toBeNull();
    actionId = created.body.id;
    owner = (await addUser(t.ctx, { email: 'olga@example.test', name: 'Olga', role: 'owner', teams: ['sourcing_quality'] }, 'cli')).id;
    gone = (await addUser(t.ctx, { email: 'gus@example.test', name: 'Gus', role: 'owner', teams: [] }, 'cli')).id;
    await t.call('PATCH', `/api/users/${gone}`, { active: false });
  });
  afterAll(() => t?.close());

  it('assigns to an active person and unassigns; anyone else is refused by field', async () => {
    const r = await t.call('PATCH', `/api/actions/${actionId}`, { assigneeId: owner });
    expect(r.status).toBe(200);
    expect(r.body.assigneeId).toBe(owner);
    const board = await t.call('GET', '/api/actions');
    expect(board.body.items.find((a: { id: number }) => a.id === actionId).assigneeId).toBe(owner);
    for (const assigneeId of [gone, 424242, 'olga', 0]) {
      const bad = await t.call('PATCH', `/api/actions/${actionId}`, { assigneeId });
      expect(bad.status, String(assigneeId)).toBe(400);
      expect(JSON.stringify(bad.body)).toMatch(/assigneeId/);
    }
    expect((await t.call('PATCH', `/api/actions/${actionId}`, { assigneeId: null })).body.assigneeId).toBeNull();
    const events = await t.ctx.db
      .selectFrom('events')
      .select('payload')
      .where('type', '=', 'action.updated')
      .where('subject_id', '=', String(actionId))
      .orderBy('id')
      .execute();
    expect(events.map((e) => (e.payload as { assigneeId?: number | null }).assigneeId)).toEqual([owner, null]);
  });
});
