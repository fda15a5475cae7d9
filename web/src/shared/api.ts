/**
 * The web app's only door to the server. Every call resolves to a result instead of throwing, so
 * a page can tell "this endpoint is not available on this server yet" (404 with code `not_found`,
 * meaning no route) from "this thing does not exist" (a module's own `*_not_found`) from a failure.
 */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; message: string; unavailable: boolean; details?: unknown };

const TOKEN_KEY = 'writeback.token';

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = localStorage.getItem(TOKEN_KEY);
  return { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
}

export async function api<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method, ...init,
      // The server takes writes only as JSON (a cross-site page cannot send that without a preflight), bodyless ones too.
      headers: headers(method === 'GET' || method === 'HEAD' ? {} : { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return { ok: false, status: 0, code: 'network', message: 'the server did not answer', unavailable: false };
  }
  const text = await res.text();
  let json: unknown = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* a non-JSON answer is reported below */ }
  if (res.ok) return { ok: true, data: json as T };
  const err = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const code = err?.code ?? `http_${res.status}`;
  return {
    ok: false, status: res.status, code, message: err?.message ?? (res.statusText || 'request failed'),
    // A missing route answers the generic `not_found`; a missing record answers its module's code.
    unavailable: res.status === 404 && (code === 'not_found' || !err), details: err?.details,
  };
}

export const apiGet = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, undefined, { signal });

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** Builds `path?k=v&…`, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
