import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { triageStoredSignals } from './index.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('seller triage data', () => {
  it("a seller's phrase labels new signals and, after re-triage, stored ones", async () => {
    const text = 'The flux capacitor module hums loudly';
    const before = (await t.call('POST', '/api/triage/preview', { text })).body;
    expect(before.issueTypes).not.toContain('defect');
    const { body: stored } = await t.call('POST', '/api/signals', buildSignal({ text }));
    const rule = await t.call('POST', '/api/triage/rules', { issueType: 'defect', phrase: 'hums loudly', weight: 3 });
    expect(rule.status).toBe(201);
    expect((await t.call('POST', '/api/triage/preview', { text })).body.issueTypes).toContain('defect');
    await triageStoredSignals(t.ctx, [stored.id]);
    expect((await t.call('GET', `/api/signals/${stored.id}`)).body.issueTypes).toContain('defect');
    expect((await t.call('DELETE', `/api/triage/rules/${rule.body.id}`)).status).toBe(204);
    expect((await t.call('POST', '/api/triage/preview', { text })).body.issueTypes).not.toContain('defect');
  });

  it('a rule needs exactly one of phrase or pattern, and a broken regex is named', async () => {
    const both = await t.call('POST', '/api/triage/rules', { issueType: 'defect', phrase: 'x y', pattern: 'x+' });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].path).toBe('phrase');
    const broken = await t.call('POST', '/api/triage/rules', { issueType: 'defect', pattern: '(unclosed' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.details[0].path).toBe('pattern');
  });

  it('teams are data: changing the owner of a clue changes who owns new signals', async () => {
    expect((await t.call('PUT', '/api/triage/teams', { issueOwners: { delivery_delay: 'carrier_desk' } })).status).toBe(200);
    const { body } = await t.call('POST', '/api/signals', buildSignal({ text: 'My parcel has still not arrived, it is two weeks late' }));
    expect((await t.call('GET', `/api/signals/${body.id}`)).body.ownerTeam).toBe('carrier_desk');
  });

  it('training needs corrections first and says so', async () => {
    const r = await t.call('POST', '/api/triage/train');
    expect(r.body).toMatchObject({ activated: false });
    expect(r.body.reason).toMatch(/needs at least 5 label corrections/);
  });
});
