// The doors before any route: Host names, same-origin writes, body limits and security headers,
// sent as a browser, a script and an attacker would send them (in process; the browser test
// repeats the cross-origin cases in chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test/http.js';
import { buildSignal } from './test/factories.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ allowedHosts: ['writeback.example.com'] });
});
afterAll(async () => {
  await t.close();
});

const SELF = 'http://127.0.0.1:8080';
async function send(method: string, path: string, headers: Record<string, string>, body?: string) {
  const res = await t.app.request(`${SELF}${path}`, { method, headers: { host: '127.0.0.1:8080', ...headers }, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text.startsWith('{') ? JSON.parse(text) : text };
}
async function storedCount(): Promise<number> {
  return (await send('GET', '/api/signals?limit=100', {})).body.items.length;
}

describe('writes are same-origin only', () => {
  it('a cross-origin write is refused whatever its content type, and nothing is stored', async () => {
    const before = await storedCount();
    const body = JSON.stringify(buildSignal());
    for (const headers of <Record<string, string>[]>[
      {
        origin: 'http://evil.example:9999',
        'content-type': 'text/plain;charset=UTF-8',
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'no-cors',
      },
      { origin: 'http://evil.example:9999', 'content-type': 'application/json' },
      { origin: 'http://127.0.0.1:9999', 'content-type': 'application/json', 'sec-fetch-site': 'same-site' }, // another port is another origin
      { origin: 'null', 'content-type': 'application/json' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
    ]) {
      const r = await send('POST', '/api/signals', headers, body);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.body.error.code).toBe('cross_origin_refused');
    }
    expect(await storedCount()).toBe(before);
  });

  it('a write that is not JSON is refused with 415, even without an Origin', async () => {
    const before = await storedCount();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const r = await send('POST', '/api/signals', type ? { 'content-type': type } : {}, JSON.stringify(buildSignal()));
      expect(r.status, type).toBe(415);
      expect(r.body.error.code).toBe('unsupported_media_type');
    }
    // A bodyless write (closing an issue) is refused the same way: no-cors can send one without a preflight.
    expect((await send('DELETE', '/api/signals/1', {})).status).toBe(415);
    expect(await storedCount()).toBe(before);
  });

  it("the server's own pages and scripts without an Origin (curl, the CLI) may write", async () => {
    const own = await send(
      'POST',
      '/api/signals',
      { origin: SELF, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      JSON.stringify(buildSignal()),
    );
    expect(own.status).toBe(201);
    const curl = await send('POST', '/api/signals', { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(buildSignal()));
    expect(curl.status).toBe(201);
  });

  it('behind a reverse proxy: an Origin naming a configured host is this server even when Host is the upstream one; other local ports are not', async () => {
    const body = JSON.stringify(buildSignal());
    expect(
      (
        await send(
          'POST',
          '/api/signals',
          { origin: 'https://writeback.example.com', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
          body,
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await send(
          'POST',
          '/api/signals',
          { origin: 'http://localhost:3000', 'content-type': 'application/json' },
          JSON.stringify(buildSignal()),
        )
      ).status,
    ).toBe(403);
  });

  it('reads are not subject to the write rule', async () => {
    expect((await send('GET', '/api/signals', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });
});

describe('the Host header must be one this server answers to', () => {
  it('a forged Host (DNS rebinding) is refused on the API and on pages', async () => {
    for (const host of ['evil.example', 'evil.example:8080', '127.0.0.1.evil.example', 'writeback.example.com.evil.example']) {
      const r = await send('GET', '/api/health', { host });
      expect(r.status, host).toBe(421);
      expect(r.body.error.code).toBe('host_not_allowed');
    }
    expect((await send('GET', '/inbox', { host: 'evil.example' })).status).toBe(421);
  });

  it('loopback names with any port and configured names are answered', async () => {
    for (const host of [
      '127.0.0.1',
      '127.0.0.1:1',
      'localhost:8080',
      'LOCALHOST',
      '[::1]:8080',
      'writeback.example.com',
      'Writeback.Example.com:443',
    ]) {
      expect((await send('GET', '/api/health', { host })).status, host).toBe(200);
    }
  });
});

describe('body limits apply before the body is read', () => {
  it('a body announced larger than the limit is refused at once with 413', async () => {
    const r = await send(
      'POST',
      '/api/triage/rules',
      { 'content-type': 'application/json', 'content-length': String(5 * 1024 * 1024) },
      '{}',
    );
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
  });

  it('a streamed body without a length is cut off once it passes the limit', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent > 64 * 1024 * 1024) ctrl.close();
        else {
          sent += chunk.length;
          ctrl.enqueue(chunk);
        }
      },
    });
    const res = await t.app.request(`${SELF}/api/playbooks`, {
      method: 'POST',
      headers: { host: '127.0.0.1:8080', 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(4 * 1024 * 1024); // it stopped reading soon after 1 MB, not after 64 MB
  });

  it('batch intake takes a larger body than other routes', async () => {
    const batch = Array.from({ length: 300 }, () =>
      buildSignal({ text: `The zipper broke after a week. ${'It will not close again. '.repeat(200)}` }),
    );
    const body = JSON.stringify(batch);
    expect(body.length).toBeGreaterThan(BODY_MB);
    expect((await send('POST', '/api/signals', { 'content-type': 'application/json' }, body)).status).toBe(201);
    expect((await send('POST', '/api/triage/rules', { 'content-type': 'application/json' }, body)).status).toBe(413);
  });
});

const BODY_MB = 1024 * 1024;

describe('security headers on every answer', () => {
  it('API answers, errors and pages carry them', async () => {
    for (const r of [
      await send('GET', '/api/health', {}),
      await send('GET', '/api/nothing', {}),
      await send('GET', '/api/health', { host: 'evil.example' }),
      await send('GET', '/inbox', {}),
    ]) {
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});
