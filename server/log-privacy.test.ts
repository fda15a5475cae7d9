// Personal data never reaches the log, at any level (issue 14): a full API run (intake with
// customer ids, texts and attachments, orders, replies blocked for personal data and sent, label
// edits, searches, lookups by a customer's email in the path, refusals and errors, every job)
// is logged at debug level, and the log holds none of the test customers' emails or phones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test/http.js';
import { buildOrder, buildSignal } from './test/factories.js';
import { createLogger } from './platform/logger.js';
import { runDueJobs } from './jobs.js';

const CUSTOMERS = [
  { email: 'jane.doe@example.com', phone: '+44 7700 900123' },
  { email: 'raj.patel@mail.example.org', phone: '(555) 010-4477' },
  { email: 'lea.muller@beispiel.de', phone: '+49 30 1234 5678' },
];
const lines: string[] = [];
let t: Awaited<ReturnType<typeof buildTestApp>>;

beforeAll(async () => {
  t = await buildTestApp({ signedInAs: 'admin', logger: createLogger('debug', (l) => lines.push(l)) });
}, 60_000);
afterAll(() => t?.close());

describe('the log of a full API run', () => {
  it('names no customer email or phone', async () => {
    const ids: number[] = [];
    for (const [i, c] of CUSTOMERS.entries()) {
      const order = buildOrder({ orderId: `log-o-${i}`, customerId: c.email });
      expect((await t.call('POST', '/api/orders', order)).status).toBe(201);
      const s = await t.call(
        'POST',
        '/api/signals',
        buildSignal({
          customerId: c.email,
          orderId: order.orderId,
          text: `Strap missing. Call me on ${c.phone} or write to ${c.email}`,
          title: `From ${c.email}`,
          attachments: [{ kind: 'photo', url: `https://img.example.com/${encodeURIComponent(c.email)}.jpg` }],
        }),
      );
      expect(s.status).toBe(201);
      ids.push(s.body.id);
      // A reply repeating the customer's phone is blocked (personal data) and then sent with an override.
      const blocked = await t.call('POST', `/api/signals/${s.body.id}/replies`, { text: `We will call you on ${c.phone}.`, public: true });
      expect(blocked.status).toBe(422);
      await t.call('POST', `/api/signals/${s.body.id}/replies`, {
        text: `Noted ${c.email}, a strap is on its way.`,
        overrideReason: 'private channel',
      });
      await t.call('PATCH', `/api/signals/${s.body.id}`, { issueTypes: ['missing_item'], status: 'pending' });
      await t.call('POST', '/api/replies/check', { text: `Reach me at ${c.phone}`, public: true, signalId: s.body.id });
      // Lookups, searches and refusals that carry the customer's data in the path, query or body.
      await t.call('GET', `/api/orders/${encodeURIComponent(c.email)}`);
      await t.call('GET', `/api/signals?q=${encodeURIComponent(c.email)}`);
      await t.call('GET', `/api/audit?actor=${encodeURIComponent(c.email)}`);
      await t.call('POST', '/api/signals', { ...buildSignal({ text: c.phone }), receivedAt: c.email });
      await t.call('POST', '/api/auth/login', { email: c.email, password: c.phone });
      await t.call('POST', '/api/invitations', { email: c.email, role: c.phone });
      await t.call('GET', `/api/nothing/${encodeURIComponent(c.email)}`);
      await t.call('POST', '/api/signals', `{"text": "${c.email}`);
    }
    await t.call('POST', '/api/signals/bulk', { ids, ownerTeam: 'support' });
    await runDueJobs(t.ctx);
    await t.call('GET', '/api/reports/weekly');
    expect(lines.length).toBeGreaterThan(40);
    const log = lines.join('\n').toLowerCase();
    const found = CUSTOMERS.flatMap((c) => [
      c.email,
      encodeURIComponent(c.email),
      c.email.split('@')[0]!,
      c.phone,
      c.phone.replace(/\D/g, ''),
    ]).filter((s) => log.includes(s.toLowerCase()));
    expect(found).toEqual([]);
  }, 120_000);
});
