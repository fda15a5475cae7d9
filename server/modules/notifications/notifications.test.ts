import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { dayIso, seedStrapStore } from '../../test/strap-store.js';
import { addUser, createToken } from '../people/index.js';
import { ingestSignals } from '../signals/index.js';
import { detectIssues } from '../issues/index.js';
import { parseSmtpUrl } from '../mail/index.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../test/loopback-smtp.js';
import { deliverNotificationWebhooks, sendNotificationEmails } from './index.js';

// Notifications: an assignment tells the assignee (list, unread count, read), a spike flagged by the
// real spike check tells every member of the owner team, and a registered webhook receives a signed
// POST on a real HTTP listener on 127.0.0.1.

type T = Awaited<ReturnType<typeof buildTestApp>>;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('assigned to you', () => {
  let t: T;
  let ann: { id: number; token: string };
  let bob: { id: number; token: string };
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
    const add = async (name: string) => {
      const u = await addUser(t.ctx, { email: `${name}@example.test`, name, role: 'agent', teams: ['somewhere_else'] }, 'cli');
      return { id: u.id, token: (await createToken(t.ctx, { userId: u.id, actor: name, name: 'tests' })).token };
    };
    ann = await add('ann');
    bob = await add('bob');
  });
  afterAll(() => t?.close());

  it('a manual assignment notifies the assignee only; the list counts unread and read clears it', async () => {
    const s = await t.call('POST', '/api/signals', buildSignal({ sku: 'NOTE-1' }));
    expect(s.status).toBe(201);
    const assigned = await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: ann.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assigneeId).toBe(ann.id);

    const mine = await t.call('GET', '/api/notifications', undefined, bearer(ann.token));
    expect(mine.status).toBe(200);
    expect(mine.body.unread).toBe(1);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ kind: 'assigned', subjectType: 'signal', subjectId: String(s.body.id), readAt: null });
    expect(mine.body.items[0].title).toContain(`#${s.body.id}`);
    expect((await t.call('GET', '/api/notifications', undefined, bearer(bob.token))).body).toEqual({ items: [], unread: 0 });

    const id = mine.body.items[0].id;
    // Bob cannot read Ann's notification; a bad id is a 404, not a 500.
    expect((await t.call('POST', `/api/notifications/${id}/read`, {}, bearer(bob.token))).status).toBe(404);
    expect((await t.call('POST', '/api/notifications/999999/read', {}, bearer(ann.token))).status).toBe(404);
    const read = await t.call('POST', `/api/notifications/${id}/read`, {}, bearer(ann.token));
    expect(read.status).toBe(200);
    expect(read.body.unread).toBe(0);
    expect(read.body.items[0].readAt).not.toBeNull();

    // Re-assigning to Bob tells Bob, and Ann is not told again.
    await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: bob.id });
    expect((await t.call('GET', '/api/notifications', undefined, bearer(bob.token))).body.unread).toBe(1);
    expect((await t.call('GET', '/api/notifications', undefined, bearer(ann.token))).body.items).toHaveLength(1);
  });
});

describe('spike flagged for your team', () => {
  let t: T;
  const strapText = 'The shoulder strap was missing from the package, only the bag arrived.';
  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(40, 23) });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 10, quietEvery: 9 });
    await detectIssues(t.ctx);
  });
  afterAll(() => t?.close());

  it('every active member of the owner team is told, nobody else', async () => {
    const issue = (await t.call('GET', '/api/issues?sku=BAG-1&issueType=missing_item')).body.items[0];
    const team: string = issue.ownerTeam;
    expect(team).toBeTruthy();
    const add = async (name: string, teams: string[]) =>
      (await addUser(t.ctx, { email: `${name}@example.test`, name, role: 'owner', teams }, 'cli')).id;
    const qa1 = await add('qa1', [team]);
    const qa2 = await add('qa2', ['other', team]);
    const outsider = await add('outsider', ['other']);

    t.clock.advance(86_400_000);
    const burst = Array.from({ length: 7 }, (_, k) =>
      buildSignal({
        externalId: `burst-${k}`,
        channel: (['email', 'review', 'refund_reason'] as const)[k % 3],
        sku: 'BAG-1',
        orderId: `BAG-1-o-27-${k}`,
        receivedAt: dayIso(30, 9 + k),
        text: strapText,
        ...(k % 3 === 1 ? { rating: 2, public: true } : {}),
      }),
    );
    await ingestSignals(t.ctx, burst, { actor: 'import', source: 'import' });
    await detectIssues(t.ctx);

    const rows = await t.ctx.db.selectFrom('notifications').selectAll().where('kind', '=', 'spike_flagged').execute();
    expect(rows.map((r) => r.user_id).sort()).toEqual([qa1, qa2].sort());
    expect(rows.every((r) => r.subject_id === String(issue.id))).toBe(true);
    expect(rows[0]!.title).toContain(team);
    expect(rows.some((r) => r.user_id === outsider)).toBe(false);
  });
});

describe('notification webhooks', () => {
  let t: T;
  let server: http.Server;
  let url: string;
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let failNext = 0;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
        } else res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t?.close();
  });

  it('refuses bad registrations with 400 naming the field', async () => {
    const bad = await t.call('POST', '/api/notifications/webhooks', {
      url: 'ftp://x',
      events: ['signal.assignee_changed'],
      secret: 'x'.repeat(20),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/url/);
    const ev = await t.call('POST', '/api/notifications/webhooks', { url, events: ['nope'], secret: 'x'.repeat(20) });
    expect(ev.status).toBe(400);
    expect(JSON.stringify(ev.body)).toMatch(/events/);
    expect((await t.call('POST', '/api/notifications/webhooks', { url, events: ['issue.spike_flagged'], secret: 'short' })).status).toBe(
      400,
    );
  });

  it('a matching event is queued and POSTed signed to the listener; the list shows the delivery', async () => {
    const secret = 'a-webhook-secret-of-some-length';
    const reg = await t.call('POST', '/api/notifications/webhooks', { url, events: ['signal.assignee_changed'], secret });
    expect(reg.status).toBe(201);
    expect(JSON.stringify(reg.body)).not.toContain(secret);
    const user = await addUser(t.ctx, { email: 'hooked@example.test', name: 'Hooked', role: 'agent', teams: [] }, 'cli');
    const s = await t.call('POST', '/api/signals', buildSignal({ sku: 'HOOK-1' }));
    expect((await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: user.id })).status).toBe(200);

    // Private addresses are refused unless allowed (WRITEBACK_WEBHOOK_ALLOW_PRIVATE).
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: false })).toEqual({ sent: 0, failed: 1 });
    expect(received).toHaveLength(0);
    t.clock.advance(3_600_000);
    failNext = 1;
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 1 });
    t.clock.advance(3_600_000);
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 0 });

    expect(received).toHaveLength(2);
    const got = received[1]!;
    expect(got.headers['x-writeback-signature']).toBe(`sha256=${createHmac('sha256', secret).update(got.body).digest('hex')}`);
    expect(got.headers['x-writeback-event']).toBe('signal.assignee_changed');
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({ event: 'signal.assignee_changed', data: { signalId: s.body.id, to: user.id } });
    expect(got.headers['x-writeback-timestamp']).toBe(String(Math.floor(Date.parse(body.sentAt) / 1000)));

    // A Slack-compatible webhook gets `{ text }`, signed the same way.
    const slackSecret = 'another-secret-for-slack';
    const slack = await t.call('POST', '/api/notifications/webhooks', {
      url,
      events: ['signal.assignee_changed'],
      secret: slackSecret,
      format: 'slack',
    });
    expect(slack.status).toBe(201);
    expect(slack.body.format).toBe('slack');
    await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: null });
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 2, failed: 0 });
    const slackGot = received.find((r) => !('event' in JSON.parse(r.body)));
    expect(JSON.parse(slackGot!.body)).toEqual({ text: `Signal #${s.body.id} is unassigned` });
    expect(slackGot!.headers['x-writeback-signature']).toBe(
      `sha256=${createHmac('sha256', slackSecret).update(slackGot!.body).digest('hex')}`,
    );

    const list = await t.call('GET', '/api/notifications/webhooks');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const [hook] = list.body.items;
    expect(hook.deliveries).toHaveLength(2);
    expect(hook.deliveries[1]).toMatchObject({ state: 'sent', attempts: 3, lastStatus: 204, eventType: 'signal.assignee_changed' });
  });
});

describe('notifications by email', () => {
  let t: T;
  let smtp: LoopbackSmtp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
    smtp = await startLoopbackSmtp();
  });
  afterAll(async () => {
    await smtp?.stop();
    await t?.close();
  });

  it('an assignment is emailed once to the assignee over a real SMTP server; a refusal is retried', async () => {
    const settings = parseSmtpUrl(smtp.url({ from: 'writeback@shop.test' }));
    const user = await addUser(t.ctx, { email: 'mailed@example.test', name: 'Mailed', role: 'agent', teams: [] }, 'cli');
    const s = await t.call('POST', '/api/signals', buildSignal({ sku: 'MAIL-1' }));
    expect((await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: user.id })).status).toBe(200);

    smtp.refuseWith = { code: 451, message: 'try later' };
    expect(await sendNotificationEmails(t.ctx, settings)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    smtp.refuseWith = null;
    expect(await sendNotificationEmails(t.ctx, settings)).toEqual({ sent: 0, retrying: 0, failed: 0 }); // waiting out the back-off
    t.clock.advance(120_000);
    expect(await sendNotificationEmails(t.ctx, settings)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await sendNotificationEmails(t.ctx, settings)).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.envelopeTo).toEqual(['mailed@example.test']);
    expect(got.mail.subject).toBe(`Writeback: Signal #${s.body.id} was assigned to you`);
    expect(got.mail.text).toContain(`/inbox?signal=${s.body.id}`);
  });

  it('a notification more than a day old when first tried is not sent', async () => {
    const settings = parseSmtpUrl(smtp.url({ from: 'writeback@shop.test' }));
    const user = await addUser(t.ctx, { email: 'late@example.test', name: 'Late', role: 'agent', teams: [] }, 'cli');
    const s = await t.call('POST', '/api/signals', buildSignal({ sku: 'MAIL-2' }));
    await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: user.id });
    t.clock.advance(2 * 86_400_000);
    expect(await sendNotificationEmails(t.ctx, settings)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received.map((r) => r.envelopeTo[0])).not.toContain('late@example.test');
  });
});

describe('each person chooses which and how', () => {
  let t: T;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
  });
  afterAll(() => t?.close());

  it('off everywhere: nothing; in the app only: no email; bad choices are 400 naming the field', async () => {
    const u = await addUser(t.ctx, { email: 'choosy@example.test', name: 'Choosy', role: 'agent', teams: [] }, 'cli');
    const me = bearer((await createToken(t.ctx, { userId: u.id, actor: 'choosy', name: 'tests' })).token);
    const all = (await t.call('GET', '/api/notifications/preferences', undefined, me)).body.items;
    expect(all.map((i: { kind: string }) => i.kind)).toEqual([
      'assigned',
      'spike_flagged',
      'sla_at_risk',
      'action_due',
      'decision_asked',
      'supplier_evidence_overdue',
      'verdict',
    ]);
    expect(all.every((i: { inApp: boolean; email: boolean; webhook: boolean }) => i.inApp && i.email && i.webhook)).toBe(true);
    const bad = await t.call('PUT', '/api/notifications/preferences', { items: [{ kind: 'assigned', inApp: 'no', email: true }] }, me);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/inApp/);

    const off = await t.call('PUT', '/api/notifications/preferences', { items: [{ kind: 'assigned', inApp: false, email: false }] }, me);
    expect(off.status).toBe(200);
    expect(off.body.items[0]).toEqual({ kind: 'assigned', inApp: false, email: false, webhook: true });
    const s1 = await t.call('POST', '/api/signals', buildSignal({ sku: 'PREF-1' }));
    await t.call('PATCH', `/api/signals/${s1.body.id}`, { assigneeId: u.id });
    expect((await t.call('GET', '/api/notifications', undefined, me)).body).toEqual({ items: [], unread: 0 });

    await t.call('PUT', '/api/notifications/preferences', { items: [{ kind: 'assigned', inApp: true, email: false }] }, me);
    const s2 = await t.call('POST', '/api/signals', buildSignal({ sku: 'PREF-2' }));
    await t.call('PATCH', `/api/signals/${s2.body.id}`, { assigneeId: u.id });
    const list = (await t.call('GET', '/api/notifications', undefined, me)).body;
    expect(list.unread).toBe(1);
    const row = await t.ctx.db
      .selectFrom('notifications')
      .select('email_state')
      .where('id', '=', list.items[0].id)
      .executeTakeFirstOrThrow();
    expect(row.email_state).toBe('off');

    await t.call('PUT', '/api/notifications/preferences', { items: [{ kind: 'assigned', inApp: false, email: true }] }, me);
    const s3 = await t.call('POST', '/api/signals', buildSignal({ sku: 'PREF-3' }));
    await t.call('PATCH', `/api/signals/${s3.body.id}`, { assigneeId: u.id });
    const after = (await t.call('GET', '/api/notifications', undefined, me)).body;
    expect(after.unread).toBe(1); // the email-only one arrives read
    expect(after.items).toHaveLength(2);
  });
});

describe('managing notification webhooks', () => {
  let t: T;
  let server: http.Server;
  let url: string;
  let answer = 500;
  const received: string[] = [];
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push(String(req.headers['x-writeback-delivery']));
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t?.close();
  });

  it('lists deliveries and failures, retries with back-off until it gives up, disables, retries by hand and deletes', async () => {
    const hook = (await t.call('POST', '/api/notifications/webhooks', { url, events: ['signal.assignee_changed'], secret: 's'.repeat(20) }))
      .body;
    const user = await addUser(t.ctx, { email: 'managed@example.test', name: 'Managed', role: 'agent', teams: [] }, 'cli');
    const s = await t.call('POST', '/api/signals', buildSignal({ sku: 'MANAGE-1' }));
    await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: user.id });

    // The listener refuses: each try waits longer (1 min, 2, 4, …); after 12 tries the delivery is failed.
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 1 });
      const row = await t.ctx.db.selectFrom('notification_deliveries').selectAll().executeTakeFirstOrThrow();
      waits.push(row.next_attempt_at.getTime() - t.clock.now().getTime());
      expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 0 });
      t.clock.advance(6 * 3_600_000);
    }
    expect(waits.slice(0, 4)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(received).toHaveLength(12);
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 0 });

    const listed = (await t.call('GET', '/api/notifications/webhooks')).body.items[0];
    expect(listed).toMatchObject({ id: hook.id, enabled: true, failed: 1, retrying: 0 });
    const failed = await t.call('GET', `/api/notifications/webhooks/${hook.id}/deliveries?state=failed`);
    expect(failed.status).toBe(200);
    expect(failed.body.items).toEqual([
      expect.objectContaining({ state: 'failed', attempts: 12, lastError: 'HTTP 500', eventType: 'signal.assignee_changed' }),
    ]);
    expect((await t.call('GET', `/api/notifications/webhooks/${hook.id}/deliveries?state=nope`)).status).toBe(400);
    expect((await t.call('GET', '/api/notifications/webhooks/9999/deliveries')).status).toBe(404);

    // Disabled: nothing is queued for it and nothing is sent, even a retried delivery.
    const off = await t.call('PATCH', `/api/notifications/webhooks/${hook.id}`, { enabled: false });
    expect(off.status).toBe(200);
    expect(off.body.enabled).toBe(false);
    const deliveryId = failed.body.items[0].id;
    expect((await t.call('POST', `/api/notifications/webhooks/deliveries/${deliveryId}/retry`)).status).toBe(200);
    await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: null });
    answer = 204;
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 0 });
    expect(await t.ctx.db.selectFrom('notification_deliveries').select('id').execute()).toHaveLength(1);

    // Enabled again, the retried delivery goes out; a sent one cannot be retried.
    expect((await t.call('PATCH', `/api/notifications/webhooks/${hook.id}`, { enabled: true })).body.enabled).toBe(true);
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 1, failed: 0 });
    expect((await t.call('POST', `/api/notifications/webhooks/deliveries/${deliveryId}/retry`)).status).toBe(409);
    expect((await t.call('GET', `/api/notifications/webhooks/${hook.id}/deliveries?state=sent`)).body.items).toHaveLength(1);

    expect((await t.call('DELETE', `/api/notifications/webhooks/${hook.id}`)).status).toBe(204);
    expect((await t.call('DELETE', `/api/notifications/webhooks/${hook.id}`)).status).toBe(404);
    expect((await t.call('GET', '/api/notifications/webhooks')).body.items).toEqual([]);
    expect(await t.ctx.db.selectFrom('notification_deliveries').select('id').execute()).toHaveLength(0);
  });
});

describe("a person's own webhook", () => {
  let t: T;
  let server: http.Server;
  let url: string;
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'admin' });
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mine`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t?.close();
  });

  it('receives my notifications of the kinds I keep "by webhook", signed with my secret; nobody else sees it', async () => {
    const u = await addUser(t.ctx, { email: 'hooky@example.test', name: 'Hooky', role: 'agent', teams: [] }, 'cli');
    const me = bearer((await createToken(t.ctx, { userId: u.id, actor: 'hooky', name: 'tests' })).token);
    expect((await t.call('GET', '/api/notifications/my-webhook', undefined, me)).body).toEqual({ webhook: null });
    const bad = await t.call('PUT', '/api/notifications/my-webhook', { url: 'nope', secret: 'x'.repeat(20) }, me);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/url/);
    const secret = 'my-own-webhook-secret';
    const set = await t.call('PUT', '/api/notifications/my-webhook', { url, secret }, me);
    expect(set.status).toBe(200);
    expect(set.body.webhook).toMatchObject({ url, format: 'slack', deliveries: [] });
    expect(JSON.stringify(set.body)).not.toContain(secret);
    // It is not one of the store-wide webhooks.
    expect((await t.call('GET', '/api/notifications/webhooks')).body.items).toEqual([]);

    // Email and app off, webhook on: still told, through the webhook only.
    await t.call('PUT', '/api/notifications/preferences', { items: [{ kind: 'assigned', inApp: false, email: false }] }, me);
    const s1 = await t.call('POST', '/api/signals', buildSignal({ sku: 'MINE-1' }));
    await t.call('PATCH', `/api/signals/${s1.body.id}`, { assigneeId: u.id });
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body)).toEqual({ text: `Signal #${s1.body.id} was assigned to you` });
    expect(received[0]!.headers['x-writeback-signature']).toBe(
      `sha256=${createHmac('sha256', secret).update(received[0]!.body).digest('hex')}`,
    );
    expect(received[0]!.headers['x-writeback-event']).toBe('notification.assigned');

    // Webhook off for the kind: nothing more goes out.
    await t.call('PUT', '/api/notifications/preferences', { items: [{ kind: 'assigned', inApp: true, email: false, webhook: false }] }, me);
    const s2 = await t.call('POST', '/api/signals', buildSignal({ sku: 'MINE-2' }));
    await t.call('PATCH', `/api/signals/${s2.body.id}`, { assigneeId: u.id });
    expect(await deliverNotificationWebhooks(t.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 0 });
    const mine = (await t.call('GET', '/api/notifications/my-webhook', undefined, me)).body.webhook;
    expect(mine.deliveries).toEqual([expect.objectContaining({ state: 'sent', eventType: 'notification.assigned' })]);

    expect((await t.call('DELETE', '/api/notifications/my-webhook', undefined, me)).status).toBe(204);
    expect((await t.call('DELETE', '/api/notifications/my-webhook', undefined, me)).status).toBe(404);
    expect((await t.call('GET', '/api/notifications/my-webhook', undefined, me)).body).toEqual({ webhook: null });
  });
});
