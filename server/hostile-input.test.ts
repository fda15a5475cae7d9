/**
 * The hostile-input corpus: every route the app declares (walked from `app.routes`, so a new route
 * is covered without touching this file) gets NUL, lone surrogates, years 0 and 9999, numbers past
 * int4 and bigint, ids ≥ 2^63, an unknown time zone, missing referenced rows, huge strings, deep
 * JSON and wrong types in each body field and each query parameter, with path parameters set to
 * rows that exist and rows that do not. Nothing may answer 5xx, and what cannot round-trip
 * (NUL, a lone surrogate, a date outside 2000…tomorrow) is never accepted.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';

const seen = vi.hoisted(() => ({ schemas: [] as unknown[] }));
// Instrumentation only: the real validators run; each schema a door parses with is noted, so the
// corpus learns every route's query parameters and body fields from the schemas themselves.
vi.mock('./platform/http/validate.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('./platform/http/validate.js')>();
  return {
    ...m,
    parseInput: (s: z.ZodType, v: unknown, p?: PropertyKey[]) => {
      seen.schemas.push(s);
      return m.parseInput(s, v, p);
    },
    readOneOrBatch: (req: { json(): Promise<unknown> }, s: z.ZodType, max: number) => {
      seen.schemas.push(s);
      return m.readOneOrBatch(req, s, max);
    },
  };
});

import { buildTestApp } from './test/http.js';
import { createLogger } from './platform/logger.js';
import { buildOrder, buildProduct, buildSignal } from './test/factories.js';
import { detectIssues } from './modules/issues/index.js';
import { dayIso, seedStrapStore } from './test/strap-store.js';

const TWO63 = '9223372036854775808';
// JSON nested 5,000 deep, as text: building it as an object would overflow this test's own stack.
const DEEP = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
const DEEP_MARK = '\u0001deep\u0001';

/** Values put in place of one body field. */
const BODY_VALUES: [string, unknown][] = [
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'x\uD800y'],
  ['lone low surrogate', '\uDFFF'],
  ['year 0', '0000-01-01T00:00:00Z'],
  ['year 9999', '9999-12-31T23:59:59Z'],
  ['year 1900', '1900-01-01T00:00:00Z'],
  ['past int4', 2_147_483_648],
  ['below int4', -2_147_483_649],
  ['past bigint', 2 ** 63],
  ['2^63 as text', TWO63],
  ['huge number', 1e308],
  ['negative', -1],
  ['zero', 0],
  ['fraction', 1.5],
  ['unknown zone', 'Mars/Olympus_Mons'],
  ['huge string', 'x'.repeat(300_000)],
  ['deep JSON', DEEP_MARK],
  ['true', true],
  ['null', null],
  ['object', { a: 1 }],
  ['array', ['a']],
  ['empty', ''],
  ['long list', Array.from({ length: 10_000 }, () => 'x')],
];
/** Values for one query parameter, as they would appear in a URL (already encoded). */
const QUERY_VALUES: [string, string][] = [
  ['NUL', '%00'],
  ['invalid UTF-8 (a surrogate)', '%ED%A0%80'],
  ['invalid byte', '%FF'],
  ['year 0', '0000-01-01'],
  ['year 9999', '9999-12-31T23:59:59Z'],
  ['year 1900', '1900-01-01'],
  ['past int4', '2147483648'],
  ['2^63', TWO63],
  ['huge', '1' + '0'.repeat(400)],
  ['negative', '-1'],
  ['zero', '0'],
  ['fraction', '1.5'],
  ['NaN', 'NaN'],
  ['unknown zone', 'Mars%2FOlympus_Mons'],
  ['long', 'x'.repeat(5_000)],
  ['empty', ''],
  ['array-ish', '[]'],
  ['cursor 2^63', `${TWO63}.5`],
  ['week 0', '0000-W01'],
  ['month 0', '0000-00'],
  ['week 99', '2026-W99'],
];
const MISSING_IDS = ['999999999', '2147483648', TWO63, '99999999999999999999999'];
const MISSING_KEYS = ['nope-nope', '%00', '%ED%A0%80', 'x'.repeat(3_000)];

type Call = Awaited<ReturnType<typeof buildTestApp>>['call'];
let t: Awaited<ReturnType<typeof buildTestApp>>;
let issueId = 0;
let actionId = 0;
let signalId = 0;
let assetId = 0;
let ruleId = 0;
let closeIssueId = 0;
let uniq = 0;
let lastError = '';

/** A valid body for each write route, so a mutated field reaches the database. */
function baseBodies(policy: unknown, playbook: Record<string, unknown>): Record<string, () => unknown> {
  const u = () => `hostile-${++uniq}`;
  return {
    'POST /api/signals': () =>
      buildSignal({
        externalId: u(),
        sku: 'BAG-1',
        orderId: 'BAG-1-o-1-0',
        rating: 2,
        title: 'Bad',
        customerId: 'c-1',
        language: 'en',
        attachments: [{ kind: 'photo', url: 'https://x.test/a.jpg' }],
      }),
    'PATCH /api/signals/:id': () => ({ status: 'pending', issueTypes: ['defect'], ownerTeam: 'desk', actor: 'ana' }),
    'POST /api/signals/:id/replies': () => ({
      text: 'Sorry, a new one is on its way.',
      author: 'agent',
      public: false,
      at: '2026-11-16T10:00:00Z',
    }),
    'POST /api/signals/bulk': () => ({ ids: [signalId], ownerTeam: 'desk', actor: 'ana' }),
    'POST /api/mail/import': () => ({
      format: 'eml',
      data: Buffer.from(
        `From: a@customer.example\r\nSubject: Hi\r\nMessage-ID: <${u()}@customer.example>\r\n\r\nThe strap is missing.\r\n`,
      ).toString('base64'),
    }),
    'POST /api/mail/deliveries/:id/retry': () => ({}),
    'POST /api/orders': () =>
      buildOrder({
        orderId: u(),
        customerId: 'c-1',
        value: 40,
        country: 'US',
        route: 'US-US',
        promisedMinDays: 2,
        promisedMaxDays: 5,
        shippedAt: '2026-11-02T10:00:00Z',
        deliveredAt: '2026-11-05T10:00:00Z',
        batch: 'B1',
        supplier: 'Acme',
        carrierEvents: [{ at: '2026-11-03T10:00:00Z', status: 'in_transit', location: 'Reno' }],
      }),
    'POST /api/products': () =>
      buildProduct({
        sku: u(),
        supplier: 'Acme',
        pageUrl: 'https://x.test/p',
        category: 'bags',
        promises: { deliveryMinDays: 2, deliveryMaxDays: 5, sizeClaim: 'fits', returnWindowDays: 30 },
      }),
    'POST /api/issues/:id/actions': () => ({ location: 'qa_record', change: 'Add a strap check to packing QA', dueAt: dayIso(45) }),
    'POST /api/issues/:id/actions/check': () => ({ location: 'qa_record', change: 'Add a strap check to packing QA' }),
    'POST /api/issues/:id/decisions': () => ({
      type: 'ask_supplier_evidence',
      note: 'Ask for packing photos',
      supplier: 'Acme Bags',
      evidenceRequested: ['packing photos'],
      dueAt: dayIso(47),
      decidedBy: 'ana',
    }),
    'POST /api/issues/:id/close': () => ({ reason: 'not_a_real_issue', note: 'one customer, twice' }),
    'POST /api/issues/:id/reopen': () => ({ note: 'back again', actor: 'ana' }),
    'PATCH /api/actions/:id': () => ({ status: 'accepted', actor: 'ana' }),
    'PUT /api/playbooks/:id': () => playbook,
    'PUT /api/knowledge/:id': () => ({
      kind: 'macro',
      title: 'Where is the strap?',
      sku: 'BAG-1',
      body: 'In the inner pocket.',
      changeNote: 'another version',
    }),
    'POST /api/triage/rules': () => ({ issueType: 'defect', phrase: 'hums loud', weight: 1, actor: 'ana' }),
    'PUT /api/triage/teams': () => ({ issueOwners: { delivery_delay: 'desk' }, defaultOwner: 'desk', clueOwners: { listing: 'web' } }),
    'POST /api/triage/preview': () => ({ text: 'it hums loud', title: 'hums' }),
    'POST /api/triage/train': () => ({}),
    'PUT /api/sla/policy': () => policy,
    // Unsigned: the webhook doors answer 401 whatever the body, and must never answer 5xx.
    'POST /webhooks/shopify': () => ({ id: 1, line_items: [] }),
    'POST /webhooks/woocommerce': () => ({ id: 1, line_items: [] }),
    'POST /webhooks/stripe': () => ({ id: 'evt_1', type: 'charge.dispute.created' }),
    'PUT /api/connections/:connector/secret': () => ({ secret: 'a-page-secret' }),
    'POST /api/connections/deliveries/:id/replay': () => ({}),
    'POST /api/ugc/assets': () => ({ signalId, kind: 'photo', mediaUrl: `https://x.test/${u()}.jpg`, note: 'n', createdBy: 'agent' }),
    'POST /api/ugc/assets/:id/permissions': () => ({
      kind: 'granted',
      channels: ['email'],
      until: '2026-12-31T00:00:00Z',
      editScope: 'as_is',
      incentiveGiven: false,
      incentiveDisclosed: false,
      recordedBy: 'ana',
      at: '2026-02-01T10:00:00Z',
      note: 'ok',
    }),
    'POST /api/ugc/assets/:id/placements': () => ({ channel: 'email', placedBy: 'jo', location: 'newsletter' }),
    'POST /api/replies/check': () => ({ text: 'Sorry about that', public: true, signalId }),
    // The import routes take the file itself (application/octet-stream); a JSON body is refused as a whole.
    'POST /api/imports': () => ({ file: 'channel,externalId\n' }),
    'POST /api/imports/preview': () => ({ file: 'channel,externalId\n' }),
    'POST /portal/api/complaints': () => ({
      orderNumber: 'BAG-1-o-1-0',
      email: 'a@example.com',
      items: ['BAG-1'],
      problem: 'late_or_lost',
      text: 'late',
      wants: 'refund',
    }),
    'POST /api/inspections': () => ({
      batch: 'B1',
      sku: 'BAG-1',
      inspectedAt: dayIso(3),
      inspector: 'Rui',
      result: 'fail',
      notes: 'strap clip missing',
      photos: [],
    }),
    'POST /api/inspections/import': () => ({
      csv: `batch,sku,inspected_at,inspector,result,notes\nB1,BAG-1,${dayIso(3)},Rui,fail,strap clip missing\n`,
    }),
    'POST /portal/api/orders/lookup': () => ({ orderNumber: 'BAG-1-o-1-0', email: 'a@example.com' }),
    'POST /portal/api/status/:token/messages': () => ({ text: 'here is the label' }),
    'POST /portal/api/status/:token/photos': () => ({ photos: [] }),
    'POST /portal/api/status/:token/satisfaction': () => ({ score: 4, comment: 'quick' }),
    'POST /api/portal/complaints/:reference/messages': () => ({ text: 'Could you send a photo of the label?' }),
    'POST /api/portal/complaints/:reference/steps': () => ({ step: 'decided', note: 'replacement' }),
    'PUT /api/review-requests/settings': () => ({ delayDays: 7, maxAgeDays: 30, incentiveWording: null, webhookUrl: null, actor: 'ana' }),
    'POST /api/customers/:customerId/erase': () => ({ actor: 'ana' }),
    'PUT /api/settings/retention': () => ({ months: 24, actor: 'ana' }),
    'POST /api/auth/login': () => ({ email: 'nobody@example.test', password: 'not the password' }),
    'POST /api/auth/first-admin': () => ({ email: `${u()}@example.test`, name: 'First', password: 'a long password' }),
    'POST /api/auth/logout': () => ({}),
    'POST /api/auth/logout-everywhere': () => ({}),
    'PATCH /api/auth/me': () => ({ away: false }),
    'POST /api/users': () => ({ email: `${u()}@example.test`, name: 'Someone', role: 'agent', teams: ['support'] }),
    'PATCH /api/users/:id': () => ({ name: 'Hostile Admin', teams: ['support'] }),
    'POST /api/invitations': () => ({ email: `${u()}@example.test`, role: 'viewer', teams: [] }),
    'POST /api/invitations/accept': () => ({ token: 'x'.repeat(43), name: 'Someone', password: 'a long password' }),
    'POST /api/tokens': () => ({ name: u() }),
    'POST /api/notifications/:id/read': () => ({}),
    'PUT /api/notifications/preferences': () => ({ items: [{ kind: 'assigned', inApp: true, email: true }] }),
    'POST /api/notifications/webhooks': () => ({
      url: 'https://hooks.example.test/writeback',
      events: ['signal.assignee_changed'],
      secret: 'a-secret-long-enough',
    }),
    'PUT /api/notifications/digest': () => ({ enabled: true, hour: 8 }),
    'PUT /api/notifications/my-webhook': () => ({
      url: 'https://hooks.example.test/mine',
      secret: 'a-secret-long-enough',
      format: 'slack',
    }),
    'PATCH /api/notifications/webhooks/:id': () => ({ enabled: false }),
    'POST /api/notifications/webhooks/deliveries/:id/retry': () => ({}),
  };
}

/** Query strings a read needs to answer at all; a hostile value replaces one of them. */
const BASE_QUERY: Record<string, Record<string, string>> = {
  '/api/sla/figures': { from: '2026-01-01', to: '2026-02-01' },
  '/api/reports/supplier-packet': { supplier: 'Acme', from: '2026-01-01', to: '2026-02-01' },
  '/api/ugc/assets/:id/export': { channel: 'email' },
};
const withQuery = (path: string, q: Record<string, string>) =>
  Object.keys(q).length
    ? `${path}?${Object.entries(q)
        .map(([k, v]) => `${k}=${v}`)
        .join('&')}`
    : path;

/** "/api/signals/:id{[0-9]+}/replies" → "/api/signals/:id/replies" */
const BRACES = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;
const plain = (path: string) => path.replace(new RegExp(BRACES, 'g'), '');

function existingParam(path: string, name: string): string {
  if (name === 'sku') return 'BAG-1';
  if (name === 'connector') return 'shopify';
  if (path.startsWith('/api/orders')) return 'BAG-1-o-1-0';
  if (path.startsWith('/api/playbooks')) return PLAYBOOK_ID;
  if (path.startsWith('/api/knowledge')) return 'macro-strap';
  if (/\/(close|reopen)$/.test(path)) return String(closeIssueId);
  if (path.startsWith('/api/issues')) return String(issueId);
  if (path.startsWith('/api/actions')) return String(actionId);
  if (path.startsWith('/api/ugc')) return String(assetId);
  if (path.startsWith('/api/triage/rules')) return String(ruleId);
  if (path.startsWith('/api/tokens')) return String(spareTokenId);
  if (path.startsWith('/api/users')) return '1';
  return String(signalId);
}
let PLAYBOOK_ID = '';
/** A token of the signed-in admin that the DELETE may revoke (not the one the test calls with). */
let spareTokenId = 0;

function fill(path: string, pick: (name: string, numeric: boolean) => string): string {
  return path.replace(new RegExp(String.raw`:(\w+)(${BRACES})?`, 'g'), (_m, name: string, re?: string) => pick(name, Boolean(re)));
}

/** The field names of a zod object schema (through pipes, defaults and unions). */
function keysOf(schema: unknown): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def) return [];
  if (def.type === 'object') return Object.keys(def.shape as object);
  if (def.type === 'pipe') return keysOf(def.in);
  if (def.type === 'union') return [...new Set((def.options as unknown[]).flatMap(keysOf))];
  if (def.type === 'default' || def.type === 'optional' || def.type === 'nullable') return keysOf(def.innerType);
  return [];
}

/** Every place in `body` one value can go: each existing leaf, plus each schema field not present. */
function slots(body: unknown, extra: string[]): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (path.length) out.push(path);
    if (Array.isArray(v))
      v.slice(0, 1).forEach((x, i) => {
        walk(x, [...path, i]);
      });
    else if (v && typeof v === 'object' && path.length < 3) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(body, []);
  for (const k of extra) if (!(body && typeof body === 'object' && k in body)) out.push([k]);
  return out;
}

function setAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = value;
  return copy;
}

const isIsoDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(v);

interface Failure {
  route: string;
  where: string;
  value: string;
  status: number;
  message?: string;
}

async function send(
  _call: Call,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: { error?: { message?: string } } | null }> {
  const text = body === undefined || typeof body === 'string' ? body : JSON.stringify(body).replace(JSON.stringify(DEEP_MARK), DEEP);
  try {
    const res = await t.app.request(path, { method, headers: { 'content-type': 'application/json' }, body: text });
    const answer = await res.text();
    try {
      return { status: res.status, body: JSON.parse(answer) };
    } catch {
      return { status: res.status, body: null };
    }
  } catch (e) {
    return { status: 599, body: { error: { message: String(e) } } };
  }
}

describe('hostile input', () => {
  const failures: Failure[] = [];
  const stored: Failure[] = [];

  beforeAll(async () => {
    // Signed in as an admin, so the routes only a person may call (their tokens) get the corpus too.
    t = await buildTestApp({ now: dayIso(40, 23), signedInAs: 'admin' });
    spareTokenId = (await t.call('POST', '/api/tokens', { name: 'spare' })).body.id;
    // The cause of a 500 is logged, not answered: keep the last one to say what broke.
    (t.ctx as { logger: unknown }).logger = createLogger('error', (l) => {
      lastError = (JSON.parse(l) as { error?: string }).error ?? l;
    });
    await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 2, quietEvery: 4, burstDay: 40, burst: 6 });
    await detectIssues(t.ctx);
    issueId = (await t.call('GET', '/api/issues?sku=BAG-1')).body.items[0].id;
    actionId = (await t.call('POST', `/api/issues/${issueId}/actions`, { location: 'qa_record', change: 'Add a strap check' })).body.id;
    signalId = (
      await t.call(
        'POST',
        '/api/signals',
        buildSignal({ externalId: 'hostile-base', sku: 'BAG-1', channel: 'review', rating: 4, public: true }),
      )
    ).body.id;
    assetId = (
      await t.call('POST', '/api/ugc/assets', { signalId, kind: 'photo', mediaUrl: 'https://x.test/base.jpg', createdBy: 'agent' })
    ).body.id;
    // Closing needs an issue without live actions; the first one gets an action below.
    closeIssueId = (await t.call('GET', '/api/issues?sku=BAG-1')).body.items.find((i: { id: number }) => i.id !== issueId)?.id ?? issueId;
    ruleId = (await t.call('POST', '/api/triage/rules', { issueType: 'defect', phrase: 'rattles loud' })).body.id;
    await t.call('PUT', '/api/knowledge/macro-strap', {
      kind: 'macro',
      title: 'Where is the strap?',
      sku: 'BAG-1',
      body: 'In the pocket.',
      changeNote: 'first version',
    });
    await t.call('POST', '/api/products', buildProduct({ sku: 'BAG-1' }));
  }, 120_000);
  afterAll(() => t.close());

  it('answers no 5xx to any of them, on every route, and stores nothing that would not round-trip', async () => {
    const policy = (await t.call('GET', '/api/sla/policy')).body;
    const pb = (await t.call('GET', '/api/playbooks')).body.items[0];
    PLAYBOOK_ID = pb.id;
    const { edited: _e, version: _v, updatedBy: _u, updatedAt: _a, ...playbook } = pb;
    const bases = baseBodies(policy, playbook);
    const routes = [...new Map(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => [`${r.method} ${r.path}`, r])).values()]
      // Deletes last, so the rows the other routes name still exist while they run.
      .sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    let requests = 0;
    const note = (route: string, where: string, value: string, r: { status: number; body: { error?: { message?: string } } | null }) => {
      requests++;
      if (r.status >= 500) failures.push({ route, where, value, status: r.status, message: lastError || r.body?.error?.message });
      lastError = '';
    };

    for (const r of routes) {
      const route = `${r.method} ${plain(r.path)}`;
      const existing = fill(r.path, (n) => existingParam(r.path, n));
      const base = bases[route];
      const write = r.method !== 'GET' && r.method !== 'DELETE';
      if (write) expect(base, `a base body for ${route} (add one to baseBodies)`).toBeDefined();

      // Path parameters: rows that do not exist, and ids past every integer type.
      for (const [i, missing] of MISSING_IDS.entries()) {
        const path = fill(r.path, (_n, numeric) => (numeric ? missing : MISSING_KEYS[i]!));
        if (path === r.path) break;
        note(route, 'path', missing, await send(t.call, r.method, path, write ? base!() : undefined));
      }
      if (r.method === 'DELETE') {
        note(route, 'path', 'existing', await send(t.call, r.method, existing));
        continue;
      }

      // Query parameters: learn the route's from the schema it parses with, then try each value in each.
      seen.schemas.length = 0;
      const query = BASE_QUERY[plain(r.path)] ?? {};
      const baseline = await send(t.call, r.method, withQuery(existing, query), write ? base!() : undefined);
      if (process.env.HOSTILE_DEBUG)
        console.log('baseline', route, baseline.status, baseline.status >= 400 ? JSON.stringify(baseline.body).slice(0, 200) : '');
      const schemaKeys = [...new Set(seen.schemas.flatMap(keysOf))];
      if (!write) {
        for (const key of schemaKeys) {
          for (const [label, value] of QUERY_VALUES)
            note(route, `?${key}`, label, await send(t.call, 'GET', withQuery(existing, { ...query, [key]: value })));
        }
        continue;
      }

      // Body fields: each field (and the first item of each list) gets each value in turn.
      const sample = base!();
      for (const slot of slots(sample, schemaKeys)) {
        for (const [label, value] of BODY_VALUES) {
          const body = setAt(base!(), slot, value);
          const res = await send(t.call, r.method, existing, body);
          note(route, slot.join('.'), label, res);
          const original = slot.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], sample);
          const garbage = label.startsWith('NUL') || label.startsWith('lone') || (isIsoDate(original) && /year (0|9999|1900)/.test(label));
          if (garbage && res.status < 300 && route !== 'POST /api/triage/preview')
            stored.push({ route, where: slot.join('.'), value: label, status: res.status });
        }
      }
      // The whole body as wrong types and as deep JSON.
      for (const body of ['"just a string"', '[1,2]', DEEP, '{"a":'])
        note(route, 'body', body.slice(0, 20), await send(t.call, r.method, existing, body));
    }
    console.log(`hostile corpus: ${requests} requests over ${routes.length} routes`);
    const lines = (fs: Failure[]) =>
      fs.map((f) => `${f.status} ${f.route} ${f.where} = ${f.value}${f.message ? `: ${f.message.slice(0, 120)}` : ''}`).join('\n');
    expect(failures.length, `answered 5xx:\n${lines(failures)}`).toBe(0);
    expect(stored.length, `accepted what cannot round-trip:\n${lines(stored)}`).toBe(0);
  }, 900_000);
});
