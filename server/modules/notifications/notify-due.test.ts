import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { dayIso, seedStrapStore } from '../../test/strap-store.js';
import { addUser, createToken } from '../people/index.js';
import { detectIssues } from '../issues/index.js';
import { sweepSla } from '../sla/index.js';
import { closeReviewWindows } from '../actions/index.js';
import { parseSmtpUrl } from '../mail/index.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../test/loopback-smtp.js';
import { deliverNotificationWebhooks, notifyDue, sendNotificationEmails } from './index.js';

// The notifications job: SLA at risk on your signal, action due within a day and then overdue,
// decision asked of you (an issue needing action, a follow-up owner), supplier evidence overdue and
// a verdict arrived, each told once to the right people however often the job runs; emailed over a
// real SMTP server and POSTed to a real HTTP listener, once per fact.

type T = Awaited<ReturnType<typeof buildTestApp>>;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the notifications job', () => {
  let t: T;
  let smtp: LoopbackSmtp;
  let server: http.Server;
  let hookUrl: string;
  const received: { event: string; body: Record<string, unknown> }[] = [];
  let team: string;
  let issueId: number;
  let ann: number;
  let bob: number;
  let carol: number;
  let bobToken: string;

  const kindsOf = async (userId: number) =>
    (
      await t.ctx.db
        .selectFrom('notifications')
        .select(['kind', 'title', 'subject_id'])
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute()
    ).map((r) => r.kind);

  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(40, 23), signedInAs: 'admin' });
    smtp = await startLoopbackSmtp();
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ event: String(req.headers['x-writeback-event']), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 10, quietEvery: 9 });
    await detectIssues(t.ctx);
    const issue = (await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item')).body.items[0];
    issueId = issue.id;
    team = issue.ownerTeam;
    expect(team).toBeTruthy();
    ann = (await addUser(t.ctx, { email: 'ann@example.test', name: 'Ann', role: 'owner', teams: [team] }, 'cli')).id;
    const b = await addUser(t.ctx, { email: 'bob@example.test', name: 'Bob', role: 'agent', teams: ['support'] }, 'cli');
    bob = b.id;
    bobToken = (await createToken(t.ctx, { userId: bob, actor: 'bob', name: 'tests' })).token;
    carol = (await addUser(t.ctx, { email: 'carol@example.test', name: 'Carol', role: 'owner', teams: ['elsewhere'] }, 'cli')).id;
    const reg = await t.call('POST', '/api/notifications/webhooks', {
      url: hookUrl,
      events: ['action.due', 'sla.at_risk', 'decision.asked', 'supplier_evidence.overdue', 'action.verdict'],
      secret: 'a-webhook-secret-of-some-length',
    });
    expect(reg.status).toBe(201);
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await smtp?.stop();
    await t?.close();
  });

  it('an issue that needs action asks its owner team for a decision, once', async () => {
    const status = (await t.call('GET', `/api/issues/${issueId}`)).body.status;
    expect(status).toBe('needs_action');
    const first = await notifyDue(t.ctx);
    expect(first.ran).toBe(true);
    expect(await kindsOf(ann)).toEqual(['decision_asked']);
    expect(await kindsOf(bob)).toEqual([]);
    expect(await kindsOf(carol)).toEqual([]);
    await notifyDue(t.ctx);
    expect(await kindsOf(ann)).toEqual(['decision_asked']);
  });

  it("SLA at risk tells the signal's assignee only, as they chose (in the app, not by email)", async () => {
    expect(
      (
        await t.call(
          'PUT',
          '/api/notifications/preferences',
          { items: [{ kind: 'sla_at_risk', inApp: true, email: false }] },
          { authorization: `Bearer ${bobToken}` },
        )
      ).status,
    ).toBe(200);
    const s = await t.call('POST', '/api/signals', buildSignal({ sku: 'SLA-1', receivedAt: t.clock.now().toISOString() }));
    expect(s.status).toBe(201);
    expect((await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: bob })).status).toBe(200);
    t.clock.advance(3 * DAY);
    await sweepSla(t.ctx);
    await notifyDue(t.ctx);
    await notifyDue(t.ctx);
    const rows = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', bob)
      .where('kind', '=', 'sla_at_risk')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((r) => r.subject_id === String(s.body.id) && r.email_state === 'off')).toBe(true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows[0]!.title).toContain(`Signal #${s.body.id}`);
    expect(await kindsOf(ann)).not.toContain('sla_at_risk');
  });

  let actionId: number;
  it('an action due within a day, then overdue: each told once to the owner team; emailed and POSTed once', async () => {
    const a = await t.call('POST', `/api/issues/${issueId}/actions`, {
      location: 'qa_record',
      change: 'Check straps at packing',
      ownerTeam: team,
      dueAt: new Date(t.clock.now().getTime() + 20 * HOUR).toISOString(),
    });
    expect(a.status).toBe(201);
    actionId = a.body.id;
    await notifyDue(t.ctx);
    await notifyDue(t.ctx);
    expect((await kindsOf(ann)).filter((k) => k === 'action_due')).toHaveLength(1);
    t.clock.advance(21 * HOUR);
    await notifyDue(t.ctx);
    await notifyDue(t.ctx);
    const due = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', ann)
      .where('kind', '=', 'action_due')
      .orderBy('id')
      .execute();
    expect(due.map((r) => r.title)).toEqual([
      expect.stringContaining(`Action #${actionId} on issue #${issueId} is due within a day`),
      expect.stringContaining(`Action #${actionId} on issue #${issueId} is overdue`),
    ]);
    expect(await kindsOf(bob)).not.toContain('action_due');

    const settings = parseSmtpUrl(smtp.url({ from: 'writeback@shop.test' }));
    await sendNotificationEmails(t.ctx, settings);
    const toAnn = smtp.received.filter((m) => m.envelopeTo.includes('ann@example.test')).map((m) => m.mail.subject);
    expect(toAnn.filter((s) => s?.includes(`Action #${actionId}`))).toHaveLength(2);
    // Bob chose SLA notifications in the app only: no email to him.
    expect(smtp.received.some((m) => m.envelopeTo.includes('bob@example.test'))).toBe(false);

    await deliverNotificationWebhooks(t.ctx, { allowPrivate: true });
    await notifyDue(t.ctx);
    await deliverNotificationWebhooks(t.ctx, { allowPrivate: true });
    const dueHooks = received.filter((r) => r.event === 'action.due');
    expect(dueHooks.map((r) => (r.body.data as { overdue: boolean }).overdue)).toEqual([false, true]);
    expect(received.some((r) => r.event === 'sla.at_risk')).toBe(true);
    expect(received.some((r) => r.event === 'decision.asked')).toBe(true);
  });

  it('a follow-up owner decision asks the person it names; supplier evidence past due tells the owner team', async () => {
    const now = t.clock.now().getTime();
    const follow = await t.call('POST', `/api/issues/${issueId}/decisions`, {
      type: 'assign_follow_up_owner',
      note: 'Carol follows the supplier up',
      owner: 'carol@example.test',
      ownerTeam: team,
      dueAt: new Date(now + 5 * DAY).toISOString(),
    });
    expect(follow.status).toBe(201);
    const ask = await t.call('POST', `/api/issues/${issueId}/decisions`, {
      type: 'ask_supplier_evidence',
      note: 'Photos of the packing line',
      supplier: 'Strap Co',
      evidenceRequested: ['packing line photos'],
      dueAt: new Date(now + DAY).toISOString(),
    });
    expect(ask.status).toBe(201);
    await notifyDue(t.ctx);
    expect(await kindsOf(carol)).toEqual(['decision_asked']);
    expect((await kindsOf(ann)).filter((k) => k === 'supplier_evidence_overdue')).toHaveLength(0);
    t.clock.advance(2 * DAY);
    await notifyDue(t.ctx);
    await notifyDue(t.ctx);
    expect((await kindsOf(ann)).filter((k) => k === 'supplier_evidence_overdue')).toHaveLength(1);
    expect(await kindsOf(carol)).toEqual(['decision_asked']);
  });

  it("a verdict tells the action's team once", async () => {
    expect((await t.call('PATCH', `/api/actions/${actionId}`, { status: 'accepted' })).status).toBe(200);
    expect((await t.call('PATCH', `/api/actions/${actionId}`, { status: 'done' })).status).toBe(200);
    t.clock.advance(45 * DAY);
    expect(await closeReviewWindows(t.ctx)).toMatchObject({ ran: true, result: { reviewed: 1 } });
    await notifyDue(t.ctx);
    await notifyDue(t.ctx);
    const v = await t.ctx.db.selectFrom('notifications').selectAll().where('kind', '=', 'verdict').execute();
    expect(v.map((r) => r.user_id)).toEqual([ann]);
    expect(v[0]!.title).toMatch(new RegExp(`Verdict on action #${actionId} \\(issue #${issueId}\\): too little data`));
  });
});
