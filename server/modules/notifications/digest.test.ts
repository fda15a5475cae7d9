import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { addUser, createToken } from '../people/index.js';
import { parseSmtpUrl } from '../mail/index.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../test/loopback-smtp.js';
import { sendDailyDigests } from './index.js';

// The daily digest: off unless a person turns it on; sent once a local day at or after their hour
// in the store's time zone, to a real SMTP server started here; nothing on a day with nothing to
// say; a refusal is tried again after a wait.

type T = Awaited<ReturnType<typeof buildTestApp>>;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('the daily digest', () => {
  let t: T;
  let smtp: LoopbackSmtp;
  beforeAll(async () => {
    // 06:30 UTC is 07:30 in Paris (winter time).
    t = await buildTestApp({ now: '2026-11-16T06:30:00Z', signedInAs: 'admin' });
    smtp = await startLoopbackSmtp();
  });
  afterAll(async () => {
    await smtp?.stop();
    await t?.close();
  });

  it('is chosen per person (on/off and the hour), sent once a local day at that hour, only to those who turned it on', async () => {
    const paris = { ...t.ctx, config: { ...t.ctx.config, timeZone: 'Europe/Paris' } };
    const settings = parseSmtpUrl(smtp.url({ from: 'writeback@shop.test' }));
    const add = async (name: string) => {
      const u = await addUser(t.ctx, { email: `${name.toLowerCase()}@example.test`, name, role: 'agent', teams: [] }, 'cli');
      return { id: u.id, as: bearer((await createToken(t.ctx, { userId: u.id, actor: name, name: 't' })).token) };
    };
    const dee = await add('Dee');
    const eve = await add('Eve');
    const fay = await add('Fay');

    expect((await t.call('GET', '/api/notifications/digest', undefined, dee.as)).body).toEqual({
      enabled: false,
      hour: 8,
      timeZone: 'UTC',
    });
    const bad = await t.call('PUT', '/api/notifications/digest', { enabled: true, hour: 24 }, dee.as);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/hour/);
    const on = await t.call('PUT', '/api/notifications/digest', { enabled: true, hour: 8 }, dee.as);
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ enabled: true, hour: 8 });
    expect((await t.call('PUT', '/api/notifications/digest', { enabled: true, hour: 8 }, fay.as)).status).toBe(200);

    // Dee and Eve each get a signal; Eve never turned the digest on, Fay has nothing to read.
    for (const who of [dee, eve]) {
      const s = await t.call('POST', '/api/signals', buildSignal({ sku: `DIGEST-${who.id}` }));
      expect((await t.call('PATCH', `/api/signals/${s.body.id}`, { assigneeId: who.id })).status).toBe(200);
    }

    expect(await sendDailyDigests(paris, settings)).toEqual({ sent: 0, empty: 0, retrying: 0, failed: 0 }); // 07:30 in Paris
    t.clock.advance(3_600_000);
    smtp.refuseWith = { code: 451, message: 'try later' };
    expect(await sendDailyDigests(paris, settings)).toEqual({ sent: 0, empty: 1, retrying: 1, failed: 0 });
    smtp.refuseWith = null;
    expect(await sendDailyDigests(paris, settings)).toEqual({ sent: 0, empty: 0, retrying: 0, failed: 0 }); // waiting out the back-off
    t.clock.advance(120_000);
    expect(await sendDailyDigests(paris, settings)).toEqual({ sent: 1, empty: 0, retrying: 0, failed: 0 });
    expect(await sendDailyDigests(paris, settings)).toEqual({ sent: 0, empty: 0, retrying: 0, failed: 0 });

    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([['dee@example.test']]);
    const mail = smtp.received[0]!.mail;
    expect(mail.subject).toBe('Writeback digest for 2026-11-16: 1 new, 1 unread');
    expect(mail.text).toMatch(/Signal #\d+ was assigned to you/);
    expect(mail.text).toContain('You hold 1 open signal.');

    // The next local day it comes again; turned off, it does not.
    t.clock.advance(86_400_000);
    expect((await sendDailyDigests(paris, settings)).sent).toBe(1);
    expect((await t.call('PUT', '/api/notifications/digest', { enabled: false, hour: 8 }, dee.as)).status).toBe(200);
    t.clock.advance(86_400_000);
    expect((await sendDailyDigests(paris, settings)).sent).toBe(0);
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received.some((m) => m.envelopeTo.includes('eve@example.test'))).toBe(false);
  });
});
