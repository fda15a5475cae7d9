import type { MiddlewareHandler } from 'hono';
import { textIssuesIn, textProblem } from '../../../contracts/input.js';
import { AppError, formatPath, type FieldIssue } from '../errors.js';

/** Deeper than any body a route takes (a playbook is 4 levels); 5,000 levels is an attack, not data. */
export const MAX_BODY_DEPTH = 32;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Text the database could not store exactly (NUL, lone surrogates, bytes that are not UTF-8) is
 * refused before any route sees it, in the path, the query string and a JSON body alike, naming
 * where it was. Every route, including ones added later, gets this without asking.
 */
export function cleanInput(): MiddlewareHandler {
  return async (c, next) => {
    const issues: FieldIssue[] = [];
    const url = c.req.url;
    const q = url.indexOf('?');
    const rawPath = new URL(url).pathname;
    for (const seg of rawPath.split('/')) {
      const d = decode(seg);
      const p = d === null ? 'must be UTF-8 text' : textProblem(d);
      if (p) {
        issues.push({ path: '(path)', message: p });
        break;
      }
    }
    if (q >= 0) {
      for (const pair of url
        .slice(q + 1)
        .split('#')[0]!
        .split('&')) {
        if (!pair) continue;
        const eq = pair.indexOf('=');
        const key = decode(eq < 0 ? pair : pair.slice(0, eq));
        const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
        const name = key ?? '(query)';
        const p = key === null || value === null ? 'must be UTF-8 text' : (textProblem(key) ?? textProblem(value));
        if (p) issues.push({ path: name, message: p });
      }
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && /json/i.test(c.req.header('content-type') ?? '')) {
      // Hono keeps the parsed body, so the route's own c.req.json() reads this same value; a body that
      // is not JSON is left for the route to refuse in its own words.
      const body = await c.req.json().catch(() => undefined);
      if (body !== undefined)
        for (const i of textIssuesIn(body, MAX_BODY_DEPTH)) issues.push({ path: formatPath(i.path), message: i.message });
    }
    if (issues.length) {
      throw new AppError(
        'invalid_input',
        issues
          .slice(0, 3)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; '),
        issues,
      );
    }
    await next();
  };
}
