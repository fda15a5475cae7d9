// A database that is down (stopped, restarting, unreachable, refusing connections) is a temporary
// condition of the whole service, not a fault of the request: callers get 503 with Retry-After,
// and the log gets one line per interval instead of one per request.
import type { Logger } from '../logger.js';

// Socket-level failures while connecting or talking to the server.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash,
// cannot connect now), and too_many_connections.
const SQLSTATES = /^(08\d{3}|57P0[1-4]|53300)$/;
// node-postgres reports a dropped connection and a pool that cannot connect in time by message only.
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown[] } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SQLSTATES.test(e.code))) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    // AggregateError from a connect that tried several addresses (localhost → ::1 and 127.0.0.1).
    if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}

/** How long clients should wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Logs the first outage answer at once, then at most one line per interval with how many
 * requests were answered 503 since the last line.
 */
export function outageReporter(logger: Logger, intervalMs = 10_000, now: () => number = Date.now) {
  let lastLogAt = -Infinity;
  let suppressed = 0;
  return (err: unknown) => {
    const t = now();
    if (t - lastLogAt < intervalMs) {
      suppressed++;
      return;
    }
    const e = err as { code?: unknown; message?: unknown };
    logger.error('database unavailable', {
      code: typeof e?.code === 'string' ? e.code : undefined,
      error: String(e?.message ?? err).slice(0, 200),
      answered503Since: suppressed,
    });
    lastLogAt = t;
    suppressed = 0;
  };
}
