// The doors every request passes before a route sees it: the Host check (DNS rebinding), the
// same-origin rule for writes (cross-site requests, including `no-cors` text/plain ones that
// browsers send without a preflight), body limits enforced before the body is read, and the
// security headers on every answer, API and pages alike.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** "Example.COM:8080" → "example.com"; "[::1]:80" → "[::1]". */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '').replace(/\.$/, '');
}

/**
 * The names this server answers to: loopback ones always, the bind address when it is a concrete
 * one, and the configured WRITEBACK_ALLOWED_HOSTS.
 */
export function allowedHostNames(o: { host?: string; allowedHosts?: readonly string[] }): Set<string> {
  const names = new Set(LOOPBACK_HOSTS);
  if (o.host && !WILDCARD_BINDS.has(o.host)) names.add(hostName(o.host.includes(':') && !o.host.startsWith('[') ? `[${o.host}]` : o.host));
  for (const h of o.allowedHosts ?? []) names.add(hostName(h));
  return names;
}

/**
 * A page on another site can point its own name at this machine (DNS rebinding) and then read and
 * write as if it were same-origin; only the Host header tells. Requests naming a host we do not
 * serve are refused before anything else happens.
 */
export function hostCheck(allowed: Set<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!allowed.has(hostName(host))) {
      throw new AppError(
        'host_not_allowed',
        `this server does not answer to the host "${hostName(host).slice(0, 100)}"; add it to WRITEBACK_ALLOWED_HOSTS`,
      );
    }
    await next();
  };
}

/**
 * Mounted on /api/* only. Incoming webhooks (/webhooks/*) are not browser writes: they come
 * from a shop or Stripe without Origin, often as form or JSON bodies, and are authenticated by
 * their HMAC signature instead.
 *
 * Writes must be JSON and come from this server's own pages or from a client that is not a browser.
 * Browsers always send Origin on cross-origin writes and Sec-Fetch-Site on every request, so a
 * write carrying neither is a script (curl, the CLI, a seller's integration); its access is
 * governed by the bearer token. JSON is required because a cross-origin JSON request needs a
 * preflight this server never grants, while text/plain and form bodies are sent without one.
 */
export function sameOriginWrites(
  configuredHosts: readonly string[] = [],
  /** Paths whose body is the uploaded file itself (application/octet-stream), besides JSON. */
  rawBodyPaths: ReadonlySet<string> = new Set(),
  /**
   * The body types a write may have. JSON alone for /api; the public complaint form posts
   * multipart (its photos), which a cross-site page could send without a preflight, so for it the
   * Origin and Sec-Fetch-Site checks above are what refuses a forged post.
   */
  contentTypes: readonly string[] = ['application/json'],
): MiddlewareHandler {
  // Behind a reverse proxy the Host we see may be the proxy's upstream name while the browser's
  // Origin is the public one: a name the operator configured is this server's own too. Loopback
  // names are not: another port on localhost is another site.
  const configured = new Set(configuredHosts.map(hostName));
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new AppError(
        'cross_origin_refused',
        `writes are only accepted from this server's own pages (Sec-Fetch-Site: ${site.slice(0, 30)})`,
      );
    }
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const own = c.req.header('host') ?? new URL(c.req.url).host;
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        /* "null" and other opaque origins */
      }
      if (originHost === undefined || (originHost.toLowerCase() !== own.toLowerCase() && !configured.has(hostName(originHost)))) {
        throw new AppError(
          'cross_origin_refused',
          `writes are only accepted from this server's own pages (Origin: ${origin.slice(0, 100)})`,
        );
      }
    }
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    // A file upload's body is the file: application/octet-stream is not a CORS-safelisted type either,
    // so a cross-site page still cannot send it without a preflight this server does not answer.
    if (!contentTypes.includes(type) && !(type === 'application/octet-stream' && rawBodyPaths.has(c.req.path))) {
      throw new AppError(
        'unsupported_media_type',
        `writes need Content-Type: ${contentTypes.join(' or ')} (got "${type.slice(0, 100) || 'none'}")`,
      );
    }
    await next();
  };
}

export const BODY_LIMITS = {
  /** Any request: a form of settings, a reply, a decision. */
  default: 1024 * 1024,
  /** Batch intake (up to 1,000 signals, orders or products per request). */
  batch: 16 * 1024 * 1024,
  /**
   * A shop's webhook (/webhooks/*): an order with hundreds of lines stays far below this; more is
   * not a delivery we want to hold in memory before its signature is checked.
   */
  webhook: 5 * 1024 * 1024,
  /** A whole export uploaded in the page or with `writeback import --server` (streamed to disk, then imported). */
  upload: 512 * 1024 * 1024,
  /** A complaint from the public form: five photos of up to 8 MB each, a short video of up to 32 MB, and the words. */
  portalComplaint: (5 * 8 + 32 + 1) * 1024 * 1024,
} as const;

/** Refuses a body over `maxSize` from its Content-Length, or while streaming it, before a route reads it. */
export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload_too_large', `the request body is larger than ${Math.round(maxSize / 1024)} KB`);
    },
  });
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every answer, errors included (set after the route ran, so nothing overrides them). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
  };
}
