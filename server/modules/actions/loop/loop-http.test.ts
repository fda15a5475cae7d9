import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { detectIssues } from '../../issues/index.js';
import { dayIso, seedStrapStore } from '../../../test/strap-store.js';
import { closeReviewWindows } from './close-review-windows.js';

describe('actions, decisions, knowledge and the feed over HTTP', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  let issueId: number;
  let actionId: number;
  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(40, 23) });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 8, quietEvery: 4, burstDay: 40, burst: 6 });
    await detectIssues(t.ctx);
    const list = await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item');
    issueId = list.body.items.find((i: { batch: string | null }) => i.batch === 'B1').id;
  });
  afterAll(() => t.close());

  it('refuses blocked moves with 422, the code and every reason, and stores nothing', async () => {
    const r = await t.call('POST', `/api/issues/${issueId}/actions`, {
      location: 'chatbot_knowledge',
      change: 'Let the bot approve refunds for missing straps',
      automates: ['refunds'],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('action_blocked_move');
    expect(r.body.error.details.refusals.map((x: { code: string }) => x.code)).toContain('automation_on_sensitive');
    expect(r.body.error.details.refusals.some((x: { reason: string }) => /refunds/.test(x.reason))).toBe(true);
    expect((await t.call('GET', `/api/actions?issueId=${issueId}`)).body.items).toEqual([]);
    expect((await t.call('POST', '/api/issues/999999/actions', { location: 'qa_record', change: 'x' })).status).toBe(404);
    expect((await t.call('POST', `/api/issues/${issueId}/actions`, { location: 'moon', change: 'x' })).status).toBe(400);
  });

  it("checks a proposal without storing it: the form's refusals before submit are the ones submit would meet", async () => {
    const blocked = { location: 'chatbot_knowledge', change: 'Let the bot approve refunds for missing straps', automates: ['refunds'] };
    const check = await t.call('POST', `/api/issues/${issueId}/actions/check`, blocked);
    expect(check.status).toBe(200);
    const submit = await t.call('POST', `/api/issues/${issueId}/actions`, blocked);
    expect(check.body.refusals).toEqual(submit.body.error.details.refusals);
    expect(check.body.refusals.map((x: { code: string }) => x.code)).toContain('automation_on_sensitive');
    const fine = await t.call('POST', `/api/issues/${issueId}/actions/check`, { location: 'qa_record', change: 'Add a strap check' });
    expect(fine.body).toEqual({ refusals: [] });
    expect((await t.call('GET', `/api/actions?issueId=${issueId}`)).body.items).toEqual([]);
    expect((await t.call('POST', '/api/issues/999999/actions/check', { location: 'qa_record', change: 'x' })).status).toBe(404);
  });

  it('proposes, accepts and marks done with a baseline; every change is an event; the issue follows', async () => {
    const created = await t.call('POST', `/api/issues/${issueId}/actions`, {
      location: 'qa_record',
      change: 'Add a strap check to the packing QA list for batch B1',
      dueAt: dayIso(45),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'proposed', location: 'qa_record', baseline: null });
    actionId = created.body.id;
    expect((await t.call('GET', `/api/issues/${issueId}`)).body.status).toBe('action_planned');
    const skip = await t.call('PATCH', `/api/actions/${actionId}`, { status: 'done' });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('action_invalid_transition');
    expect((await t.call('PATCH', `/api/actions/${actionId}`, { status: 'accepted', actor: 'ana' })).body.status).toBe('accepted');
    const done = await t.call('PATCH', `/api/actions/${actionId}`, { status: 'done', actor: 'ana' });
    expect(done.status).toBe(200);
    expect(done.body.baseline).toMatchObject({ metric: done.body.metric, mode: 'orders' });
    expect(done.body.baseline.exposure).toBeGreaterThan(0);
    expect(Date.parse(done.body.reviewDate) - Date.parse(done.body.doneAt)).toBe(done.body.reviewWindowDays * 86_400_000);
    const early = await t.call('PATCH', `/api/actions/${actionId}`, { status: 'verified' });
    expect(early.status).toBe(422);
    expect((await t.call('GET', `/api/issues/${issueId}`)).body.status).toBe('fixed_awaiting_review');
    const board = await t.call('GET', '/api/actions?status=done');
    const row = board.body.items.find((a: { id: number }) => a.id === actionId);
    expect(row.issue).toMatchObject({ id: issueId, issueType: 'missing_item', sku: 'BAG-1', batch: 'B1' });
    expect(Object.keys(row.issue.channels).length).toBeGreaterThan(1);
    expect(row.issue.customerWording).toContain('strap');
    expect(row.issue.evidence.orders).toBeGreaterThan(0);
    expect(row.issue.sla).toBeTypeOf('object');
  });

  it('records decisions (validated by type) and shows the support feed newest first', async () => {
    const bad = await t.call('POST', `/api/issues/${issueId}/decisions`, {
      type: 'ask_supplier_evidence',
      note: 'x',
      supplier: 'Acme',
      evidenceRequested: [],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('decision_invalid');
    const ok = await t.call('POST', `/api/issues/${issueId}/decisions`, {
      type: 'ask_supplier_evidence',
      note: 'Ask for the packing photos of batch B1',
      supplier: 'Acme Bags',
      evidenceRequested: ['packing photos'],
      dueAt: dayIso(47),
      decidedBy: 'ana@sourcing',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ type: 'ask_supplier_evidence', decidedBy: 'ana@sourcing', details: { supplier: 'Acme Bags' } });
    const feed = await t.call('GET', '/api/feed');
    expect(feed.body.items.map((i: { type: string }) => i.type).slice(0, 2)).toEqual(['decision.recorded', 'action.done']);
    expect(feed.body.items[0]).toMatchObject({ why: 'Ask for the packing photos of batch B1', issueId, sku: 'BAG-1' });
    // Across issues, by type: what Today reads for overdue supplier evidence.
    const listed = await t.call('GET', '/api/decisions?type=ask_supplier_evidence');
    expect(listed.body.items.map((d: { id: number }) => d.id)).toEqual([ok.body.id]);
    expect((await t.call('GET', '/api/decisions?type=hold_next_order')).body.items).toEqual([]);
    expect((await t.call('GET', '/api/decisions?type=moon')).status).toBe(400);
  });

  it('versions knowledge: the current answer is the newest, the change reaches the feed', async () => {
    const missing = await t.call('PUT', '/api/knowledge/macro-strap', { body: 'x', changeNote: 'new' });
    expect(missing.status).toBe(404);
    const v1 = await t.call('PUT', '/api/knowledge/macro-strap', {
      kind: 'macro',
      title: 'Where is the strap?',
      sku: 'BAG-1',
      body: 'The strap is in the inner pocket.',
      changeNote: 'first version',
    });
    expect(v1.body.version).toBe(1);
    const v2 = await t.call('PUT', '/api/knowledge/macro-strap', {
      body: 'Batch B1 shipped without straps: send one at once, no return needed.',
      changeNote: 'batch B1 lacked straps',
      issueId,
    });
    expect(v2.body).toMatchObject({ version: 2, kind: 'macro', title: 'Where is the strap?', sku: 'BAG-1', issueId });
    const current = await t.call('GET', '/api/knowledge?kind=macro');
    expect(current.body.items.filter((k: { id: string }) => k.id === 'macro-strap')).toEqual([expect.objectContaining({ version: 2 })]);
    expect((await t.call('GET', '/api/knowledge/macro-strap/versions')).body.items.map((k: { version: number }) => k.version)).toEqual([
      2, 1,
    ]);
    expect((await t.call('GET', '/api/feed?limit=1')).body.items[0]).toMatchObject({
      type: 'knowledge.updated',
      why: 'batch B1 lacked straps',
    });
  });

  it('lets the seller edit a playbook as data, validated by the schema', async () => {
    const list = await t.call('GET', '/api/playbooks');
    expect(list.body.items.length).toBeGreaterThan(5);
    const pb = list.body.items[0];
    const bad = await t.call('PUT', `/api/playbooks/${pb.id}`, { ...pb, reviewWindowDays: 60 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain('reviewWindowDays');
    const { edited: _e, version: _v, updatedBy: _u, updatedAt: _a, ...definition } = pb;
    const ok = await t.call('PUT', `/api/playbooks/${pb.id}`, { ...definition, reviewWindowDays: 10 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: pb.id, reviewWindowDays: 10, edited: true });
    expect((await t.call('GET', `/api/playbooks/${pb.id}`)).body.reviewWindowDays).toBe(10);
    expect((await t.call('GET', '/api/playbooks/nope')).status).toBe(404);
  });

  it('the product file holds issues, signals, batches, actions, decisions, knowledge and one timeline', async () => {
    const r = await t.call('GET', '/api/products/BAG-1/file');
    expect(r.status).toBe(200);
    expect(r.body.issues.some((i: { id: number }) => i.id === issueId)).toBe(true);
    expect(r.body.signals.total).toBeGreaterThan(0);
    expect(r.body.batches[0]).toMatchObject({ batch: 'B1' });
    expect(r.body.actions[0]).toMatchObject({ id: actionId });
    expect(r.body.decisions).toHaveLength(1);
    expect(r.body.knowledge[0]).toMatchObject({ id: 'macro-strap', version: 2 });
    const types = r.body.timeline.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['action.done', 'decision.recorded', 'knowledge.updated']));
    expect((await t.call('GET', '/api/products/NOPE/file')).status).toBe(404);
  });

  it('review-windows stores a verdict once the window and follow-up close, and never twice', async () => {
    // The playbook's window (21 days) plus the same follow-up for the last orders of the window.
    t.clock.advance(45 * 86_400_000);
    const first = await closeReviewWindows(t.ctx);
    expect(first).toMatchObject({ ran: true, result: { reviewed: 1 } });
    const a = (await t.call('GET', `/api/actions?issueId=${issueId}`)).body.items[0];
    // No orders at all after the change: the verdict says so instead of claiming a fix.
    expect(a.verdict).toMatchObject({ result: 'too_little_data', exposureAfter: 0 });
    expect(a.status).toBe('done');
    expect(await closeReviewWindows(t.ctx)).toMatchObject({ ran: true, result: { reviewed: 0 } });
  });
});
