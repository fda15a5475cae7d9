import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';

// The inbox's filters beyond channel/SKU/batch/date/words: issue type, owner team, the human
// boundary, SLA state and status. Each is checked against signals set up through the API.
let t: Awaited<ReturnType<typeof buildTestApp>>;
const ids: number[] = [];
const ext = (r: { body: { items: { id: number }[] } }) => r.body.items.map((i) => i.id).sort((a, b) => a - b);

beforeAll(async () => {
  t = await buildTestApp();
  const mk = (i: number) =>
    buildSignal({ sku: 'FLT-1', receivedAt: `2026-11-0${i}T10:00:00Z`, text: `the lamp shade arrived number ${i}` });
  const res = await t.call('POST', '/api/signals', [mk(1), mk(2), mk(3), mk(4)]);
  ids.push(...res.body.results.map((r: { id: number }) => r.id));
  await t.call('PATCH', `/api/signals/${ids[0]}`, { issueTypes: ['fit_size', 'defect'], ownerTeam: 'sourcing_quality' });
  await t.call('PATCH', `/api/signals/${ids[1]}`, { issueTypes: ['defect'], ownerTeam: 'marketplace_operations', status: 'resolved' });
  await t.call('PATCH', `/api/signals/${ids[2]}`, { issueTypes: ['praise'], ownerTeam: 'sourcing_quality' });
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/signals inbox filters', () => {
  it("filters by issue type (any of the signal's labels) and by owner team", async () => {
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&issueType=defect'))).toEqual([ids[0], ids[1]]);
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&issueType=praise'))).toEqual([ids[2]]);
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&ownerTeam=sourcing_quality'))).toEqual([ids[0], ids[2]]);
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&ownerTeam=sourcing_quality&issueType=defect'))).toEqual([ids[0]]);
  });

  it('filters by the human boundary and by status', async () => {
    await t.ctx.db.updateTable('signals').set({ must_be_human: true }).where('id', '=', ids[3]!).execute();
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&mustBeHuman=true'))).toEqual([ids[3]]);
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&mustBeHuman=false'))).toEqual([ids[0], ids[1], ids[2]]);
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&status=resolved'))).toEqual([ids[1]]);
  });

  it('filters by SLA state through the applied SLA, paging with the cursor', async () => {
    await t.ctx.db.updateTable('applied_slas').set({ state: 'breached' }).where('signal_id', 'in', [ids[0]!, ids[2]!, ids[3]!]).execute();
    await t.ctx.db.updateTable('applied_slas').set({ state: 'met' }).where('signal_id', '=', ids[1]!).execute();
    const first = await t.call('GET', '/api/signals?sku=FLT-1&slaState=breached&limit=2');
    expect(first.body.items.map((i: { id: number }) => i.id)).toEqual([ids[3], ids[2]]);
    expect(first.body.items.every((i: { sla: { state: string } }) => i.sla.state === 'breached')).toBe(true);
    const second = await t.call('GET', `/api/signals?sku=FLT-1&slaState=breached&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i: { id: number }) => i.id)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
    expect(ext(await t.call('GET', '/api/signals?sku=FLT-1&slaState=met'))).toEqual([ids[1]]);
  });

  it('names a bad filter value', async () => {
    for (const q of ['issueType=bogus', 'slaState=late', 'mustBeHuman=yes', 'status=closed']) {
      const r = await t.call('GET', `/api/signals?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.error.details[0].path).toBe(q.split('=')[0]);
    }
  });
});
