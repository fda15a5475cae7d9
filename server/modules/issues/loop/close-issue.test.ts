import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { buildSignal } from '../../../test/factories.js';
import { listEvents } from '../../../platform/events.js';
import { ingestSignals } from '../../signals/index.js';
import { detectIssues } from './detect-issues.js';
import { dayIso, seedStrapStore } from '../../../test/strap-store.js';

/**
 * The owner closes an issue with a reason and a note, from the states that reason fits; it
 * reopens on request, or by itself when its signals spike again. Every change is an event.
 */
describe('closing and reopening an issue', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  let issueId: number;
  let otherId: number;
  const status = async () => (await t.call('GET', `/api/issues/${issueId}`)).body.status as string;
  const changes = async () => (await listEvents(t.ctx.db, { type: 'issue.status_changed' })).filter((e) => e.subjectId === String(issueId));

  beforeAll(async () => {
    // A burst on day 25: flagged then, no longer alarming on day 40.
    t = await buildTestApp({ now: dayIso(40, 23) });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 10, quietEvery: 9, burstDay: 25, burst: 7 });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 4, quietEvery: 4, sku: 'BAG-2' });
    await detectIssues(t.ctx);
    issueId = (await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item')).body.items[0].id;
    otherId = (await t.call('GET', '/api/issues?sku=BAG-2&issueType=missing_item')).body.items[0].id;
  });
  afterAll(() => t.close());

  it('needs a reason and a note, and names the bad field', async () => {
    expect(await status()).toBe('needs_action');
    const noNote = await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'not_a_real_issue' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.details.map((d: { path: string }) => d.path)).toContain('note');
    const dup = await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'duplicate', note: 'same as the other bag' });
    expect(dup.status).toBe(400);
    expect(dup.body.error.details.map((d: { path: string }) => d.path)).toContain('duplicateOf');
    const self = await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'duplicate', note: 'same', duplicateOf: issueId });
    expect(self.status).toBe(400);
    expect((await t.call('POST', '/api/issues/999999/close', { reason: 'duplicate', note: 'same', duplicateOf: otherId })).status).toBe(
      404,
    );
    expect(await status()).toBe('needs_action');
  });

  it('refuses "resolved" without a verdict and any close while a fix is pending', async () => {
    const resolved = await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'resolved', note: 'looks fine now' });
    expect(resolved.status).toBe(422);
    expect(resolved.body.error.code).toBe('issue_close_blocked');
    const action = await t.call('POST', `/api/issues/${issueId}/actions`, {
      location: 'qa_record',
      change: 'Add a strap check to packing QA',
    });
    expect(action.status).toBe(201);
    const pending = await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'not_a_real_issue', note: 'agents mislabelled these' });
    expect(pending.status).toBe(422);
    expect(pending.body.error.message).toMatch(/actions/);
    expect((await t.call('PATCH', `/api/actions/${action.body.id}`, { status: 'cancelled', reason: 'not needed after all' })).status).toBe(
      200,
    );
  });

  it('closes as a duplicate with its note; reruns keep it closed; an explicit reopen recomputes the status', async () => {
    const r = await t.call('POST', `/api/issues/${issueId}/close`, {
      reason: 'duplicate',
      duplicateOf: otherId,
      note: 'Same strap fault as BAG-2',
      actor: 'ana',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: issueId, status: 'closed' });
    const detail = (await t.call('GET', `/api/issues/${issueId}`)).body;
    expect(detail.status).toBe('closed');
    expect(detail.statusReason).toContain('Same strap fault as BAG-2');
    expect((await changes()).at(-1)).toMatchObject({
      actor: 'ana',
      payload: { from: 'needs_action', to: 'closed', reason: 'duplicate', duplicateOf: otherId, note: 'Same strap fault as BAG-2' },
    });
    expect((await t.call('GET', '/api/issues?status=closed')).body.items.map((i: { id: number }) => i.id)).toContain(issueId);
    const again = await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'not_a_real_issue', note: 'twice' });
    expect(again.status).toBe(422);
    await detectIssues(t.ctx);
    expect(await status()).toBe('closed');

    expect((await t.call('POST', `/api/issues/${otherId}/reopen`, { note: 'why not' })).status).toBe(409);
    expect((await t.call('POST', `/api/issues/${issueId}/reopen`, {})).status).toBe(400);
    const reopened = await t.call('POST', `/api/issues/${issueId}/reopen`, { note: 'Not the same fault after all', actor: 'ana' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('needs_action');
    expect((await changes()).at(-1)).toMatchObject({ payload: { from: 'closed', to: 'needs_action', reason: 'reopened' } });
  });

  it('a closed issue whose signals spike again reopens by itself, and cannot be closed while alarming', async () => {
    expect(
      (await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'not_a_real_issue', note: 'A one-off packing slip, not a fault' }))
        .status,
    ).toBe(200);
    t.clock.advance(86_400_000);
    const burst = Array.from({ length: 8 }, (_, k) =>
      buildSignal({
        externalId: `again-${k}`,
        sku: 'BAG-1',
        orderId: `BAG-1-o-38-${k}`,
        receivedAt: dayIso(41, 9 + k),
        text: 'The shoulder strap was missing from the package, only the bag arrived.',
      }),
    );
    await ingestSignals(t.ctx, burst, { actor: 'test', source: 'test' });
    const run = await detectIssues(t.ctx);
    expect(run).toMatchObject({ ran: true });
    expect(await status()).toBe('needs_action');
    expect((await changes()).at(-1)).toMatchObject({ actor: 'job', payload: { from: 'closed', to: 'needs_action' } });
    const blocked = await t.call('POST', `/api/issues/${issueId}/close`, { reason: 'not_a_real_issue', note: 'still nothing' });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.message).toMatch(/spiking/);
  });
});
