import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { listEvents } from '../../platform/events.js';
import { sweepSla } from '../sla/index.js';
import { runDueJobs } from '../../jobs.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-16T10:00:00Z' });
});
afterAll(async () => {
  await t.close();
});

const post = async (over = {}) =>
  (await t.call('POST', '/api/signals', buildSignal({ receivedAt: '2026-11-16T09:00:00Z', ...over }))).body.id as number;

describe('triage at intake', () => {
  it('every stored signal is triaged, with an owner, an SLA and its reasons', async () => {
    const id = await post({
      text: 'The kettle stopped working after two days and I want my money back or I will open a chargeback',
      channel: 'email',
    });
    const s = (await t.call('GET', `/api/signals/${id}`)).body;
    expect(s.issueTypes).toEqual(expect.arrayContaining(['defect', 'returns_refunds']));
    expect(s.ownerTeam).toBeTruthy();
    expect(s.mustBeHuman).toBe(true);
    expect(s.reasons.map((r: { code: string }) => r.code)).toContain('refund_or_dispute');
    expect(s.sla).toMatchObject({ state: 'on_track' });
    expect(s.triage.labels.find((l: { type: string }) => l.type === 'defect').spans[0].text).toMatch(/stopped working/i);
  });

  it('automation handling a signal that must be human is an event with the reason', async () => {
    const id = await post({ channel: 'ai_chat', handledBy: 'automation', text: 'The charger sparked and burned my hand' });
    const ev = (await listEvents(t.ctx.db, { type: 'automation.crossed_boundary' })).filter((e) => e.subjectId === String(id));
    expect(ev).toHaveLength(1);
    expect((ev[0]!.payload.reasons as { code: string }[]).map((r) => r.code)).toContain('safety');
  });

  it('lists mask personal data; the detail view keeps the verbatim words', async () => {
    const id = await post({ text: 'Box arrived crushed, write to me at jane.doe@example.com', sku: 'MASK-1' });
    const list = (await t.call('GET', '/api/signals?sku=MASK-1')).body.items;
    expect(list[0].text).not.toContain('jane.doe@example.com');
    expect((await t.call('GET', `/api/signals/${id}`)).body.text).toContain('jane.doe@example.com');
  });
});

describe('replies', () => {
  it('a public reply with a blocking finding is refused with the findings, and accepted with a recorded override', async () => {
    const id = await post({ channel: 'review', public: true, rating: 1, text: 'Strap missing from my order 123456, very disappointed' });
    const bad = await t.call('POST', `/api/signals/${id}/replies`, {
      text: 'Please send your address and order number here so we can check.',
      public: true,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('reply_blocked');
    expect(bad.body.error.details.some((f: { blocking: boolean }) => f.blocking)).toBe(true);
    const forced = await t.call('POST', `/api/signals/${id}/replies`, {
      text: 'Please send your address and order number here so we can check.',
      public: true,
      overrideReason: 'customer asked us to answer here',
    });
    expect(forced.status).toBe(201);
    const replies = (await t.call('GET', `/api/signals/${id}/replies`)).body.items;
    expect(replies[0].overrideReason).toBe('customer asked us to answer here');
  });

  it('a human reply inside the target meets the first-response SLA', async () => {
    const id = await post({ text: 'Where is my parcel? It is late.' });
    const r = await t.call('POST', `/api/signals/${id}/replies`, {
      text: 'Sorry about the wait on your parcel; I have asked the warehouse and will write back today.',
      public: false,
    });
    expect(r.status).toBe(201);
    const sla = await t.ctx.db.selectFrom('sla_events').select('type').where('signal_id', '=', id).execute();
    expect(sla.map((e) => e.type)).toContain('first_response_met');
  });
});

describe('agent edits', () => {
  it('resolving then reopening starts a new resolution clock; every change is an event', async () => {
    const id = await post({ text: 'The zipper broke' });
    await t.call('POST', `/api/signals/${id}/replies`, { text: 'Sorry your zipper broke; a replacement is on its way today.' });
    expect((await t.call('PATCH', `/api/signals/${id}`, { status: 'resolved' })).body.status).toBe('resolved');
    expect((await t.call('PATCH', `/api/signals/${id}`, { status: 'open' })).body.status).toBe('open');
    const changes = await t.ctx.db.selectFrom('signal_status_changes').select('status').where('signal_id', '=', id).orderBy('id').execute();
    expect(changes.map((c) => c.status)).toEqual(['resolved', 'reopened']);
    const events = await listEvents(t.ctx.db, { subjectType: 'signal', subjectId: String(id) });
    expect(events.filter((e) => e.type === 'signal.status_changed')).toHaveLength(2);
  });

  it('a label correction is kept through re-triage and recorded as a training example', async () => {
    const id = await post({ text: 'Not what I expected at all' });
    await t.call('PATCH', `/api/signals/${id}`, { issueTypes: ['listing_mismatch'], actor: 'ana' });
    const ev = (await listEvents(t.ctx.db, { type: 'signal.labels_corrected' })).find((e) => e.subjectId === String(id))!;
    expect(ev).toMatchObject({ actor: 'ana', payload: { after: ['listing_mismatch'] } });
    await runDueJobs(t.ctx);
    const { triageStoredSignals } = await import('../triage/index.js');
    await triageStoredSignals(t.ctx, [id]);
    expect((await t.call('GET', `/api/signals/${id}`)).body).toMatchObject({ issueTypes: ['listing_mismatch'], labelsCorrected: true });
  });

  it('bulk assign names a missing id and changes nothing', async () => {
    const a = await post();
    const r = await t.call('POST', '/api/signals/bulk', { ids: [a, 99999999], ownerTeam: 'fulfilment' });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toContain('99999999');
    expect((await t.call('GET', `/api/signals/${a}`)).body.ownerTeam).not.toBe('fulfilment');
  });
});

describe('SLA sweep', () => {
  it('breaches when time passes without a reply, and a second sweep writes nothing new', async () => {
    const id = await post({ channel: 'chargeback', text: 'I have filed a chargeback with my bank for this order' });
    t.clock.advance(6 * 3600_000);
    const first = await sweepSla(t.ctx);
    expect(first.newEvents).toBeGreaterThan(0);
    const again = await sweepSla(t.ctx);
    expect(again.newEvents).toBe(0);
    const types = (await t.ctx.db.selectFrom('sla_events').select('type').where('signal_id', '=', id).execute()).map((e) => e.type);
    expect(types).toContain('first_response_breached');
    expect((await t.call('GET', `/api/signals/${id}`)).body.sla.state).toBe('breached');
  });
});
