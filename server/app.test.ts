import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test/http.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ adminToken: 'secret-token-0123456789' });
});
afterAll(async () => {
  await t.close();
});

describe('the API door', () => {
  it('with an admin token set, calls without it are refused with a stable code (health stays open)', async () => {
    const r = await t.call('GET', '/api/signals');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthorized');
    expect((await t.call('GET', '/api/signals', undefined, { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    expect((await t.call('GET', '/api/signals', undefined, { authorization: 'Bearer secret-token-0123456789' })).status).toBe(200);
    expect((await t.call('GET', '/api/health')).status).toBe(200);
  });

  it('with the token, health answers with the engine', async () => {
    const r = await t.call('GET', '/api/health', undefined, { authorization: 'Bearer secret-token-0123456789' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, engine: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('an unknown API path is a JSON 404', async () => {
    const r = await t.call('GET', '/api/nothing-here', undefined, { authorization: 'Bearer secret-token-0123456789' });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});
