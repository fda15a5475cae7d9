// Outgoing webhooks: signed, short, and never towards this machine or its network unless allowed.
//
// Signature (the scheme the People issue specifies): `X-Writeback-Signature: sha256=<hex>`, the
// HMAC-SHA256 of the raw body with the shared secret. The body carries `sentAt` and the same
// instant is sent as `X-Writeback-Timestamp` (unix seconds), so the timestamp is signed too:
// receivers compare the HMAC in constant time and refuse a body whose sentAt is too old (replays).
import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import net from 'node:net';
import { createHmac } from 'node:crypto';

export const WEBHOOK_TIMEOUT_MS = 5_000;

export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

const BLOCKED = new net.BlockList();
for (const [a, p] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(a, p, 'ipv4');
}
for (const [a, p] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  BLOCKED.addSubnet(a, p, 'ipv6');

/** Loopback, private (RFC 1918, unique local), link-local (cloud metadata), CGNAT, multicast, reserved. */
export function isPrivateAddress(ip: string): boolean {
  const addr = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (net.isIPv4(addr)) return BLOCKED.check(addr, 'ipv4');
  if (!net.isIPv6(addr)) return true; // not an address: refuse rather than guess
  // IPv4-mapped (::ffff:127.0.0.1, or ::ffff:7f00:1 as URL parsing writes it) is the IPv4 address.
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(addr);
  if (mapped) {
    const v4 =
      mapped[1] ??
      [parseInt(mapped[2]!, 16) >> 8, parseInt(mapped[2]!, 16) & 255, parseInt(mapped[3]!, 16) >> 8, parseInt(mapped[3]!, 16) & 255].join(
        '.',
      );
    return BLOCKED.check(v4, 'ipv4');
  }
  return BLOCKED.check(addr, 'ipv6');
}

export type WebhookResult = { ok: true; status: number } | { ok: false; error: string };

/**
 * POSTs `body` once. The address check happens at connect time, on the addresses the socket
 * will use (a name that resolves to a private address is refused, DNS rebinding included);
 * redirects are not followed; the whole exchange is cut at `timeoutMs`.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  o: { allowPrivate: boolean; timeoutMs?: number },
): Promise<WebhookResult> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, error: 'not a valid URL' });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return Promise.resolve({ ok: false, error: 'only http and https URLs' });
  const literal = u.hostname.replace(/^\[|\]$/g, '');
  if (!o.allowPrivate && net.isIP(literal) && isPrivateAddress(literal)) {
    return Promise.resolve({
      ok: false,
      error: `refused: ${literal} is a private, loopback or link-local address (WRITEBACK_WEBHOOK_ALLOW_PRIVATE=on allows it)`,
    });
  }
  const lookup: net.LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return (callback as (e: Error) => void)(err);
      const list = addresses as dns.LookupAddress[];
      const bad = o.allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (bad)
        return (callback as (e: Error) => void)(
          Object.assign(
            new Error(
              `refused: ${hostname} resolves to ${bad.address}, a private, loopback or link-local address (WRITEBACK_WEBHOOK_ALLOW_PRIVATE=on allows it)`,
            ),
            { code: 'EADDRNOTALLOWED' },
          ),
        );
      if ((options as { all?: boolean }).all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      (callback as (e: null, a: string, f: number) => void)(null, list[0]!.address, list[0]!.family);
    });
  };
  const timeoutMs = o.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return new Promise<WebhookResult>((resolve) => {
    let done = false;
    const finish = (r: WebhookResult) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        resolve(r);
      }
    };
    const req = (u.protocol === 'https:' ? https : http).request(
      u,
      {
        method: 'POST',
        agent: false,
        lookup,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Writeback-Webhook/1',
          ...headers,
        },
      },
      (res) => {
        finish(
          res.statusCode && res.statusCode >= 200 && res.statusCode < 300
            ? { ok: true, status: res.statusCode }
            : { ok: false, error: `HTTP ${res.statusCode}` },
        );
        res.destroy(); // the answer's body is not read: a receiver cannot keep us busy with it
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, error: `timed out after ${timeoutMs / 1000} s` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (e) => finish({ ok: false, error: e.message.slice(0, 300) }));
    req.end(body);
  });
}

/**
 * At most `limit` calls in flight per key (an endpoint's origin); the rest wait their turn, so
 * one slow receiver cannot take every connection and many rows do not hit one endpoint at once.
 */
export function endpointLimiter(limit: number) {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  return async function run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    if ((active.get(key) ?? 0) >= limit)
      await new Promise<void>((r) => {
        waiting.set(key, [...(waiting.get(key) ?? []), r]);
      });
    else active.set(key, (active.get(key) ?? 0) + 1);
    try {
      return await fn();
    } finally {
      const next = waiting.get(key)?.shift();
      if (next)
        next(); // the slot passes straight to the next caller
      else active.set(key, (active.get(key) ?? 1) - 1);
    }
  };
}
