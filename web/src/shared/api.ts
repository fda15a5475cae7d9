/**
 * The web app's only door to the server, generic over the answer's type from contracts/
 * (`api.get<IssuePage>('/api/issues')`). Every call resolves to a result instead of throwing; a
 * 404 is an error like any other (every route the app calls exists).
 */
import type { ApiErrorBody, FieldIssue } from '../../../contracts/errors.js';
import type { Finding } from '../../../contracts/reviews.js';

export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
  message: string;
  /** invalid_input: the fields the server named. */
  fields: FieldIssue[];
  /** reply_blocked: the guardrail findings that stopped the reply. */
  findings: Finding[];
  /** Other errors' details as the server sent them (action_blocked_move: { refusals }). */
  details: unknown;
}
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

// The app is signed in by its HttpOnly session cookie, which the browser sends to its own origin
// (fetch's default); nothing secret is kept where a script could read it.
function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { accept: 'application/json', ...extra };
}

/** Fired when the server says the session is gone (401): the shell shows the sign-in page. */
export const SIGNED_OUT_EVENT = 'wb:signed-out';

function failure(status: number, code: string, message: string, details: ApiErrorBody['error']['details'] = []): ApiFailure {
  return {
    ok: false,
    status,
    code,
    message,
    // invalid_input, and a module's own validation refusal (playbook_invalid) that names fields the same way.
    fields: code === 'invalid_input' || code.endsWith('_invalid') ? (details as FieldIssue[]) : [],
    findings: code === 'reply_blocked' ? (details as Finding[]) : [],
    details,
  };
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  let res: Response;
  const file = body instanceof Blob;
  try {
    res = await fetch(path, {
      method,
      signal,
      // The server takes writes only as JSON (a cross-site page cannot send that without a preflight), bodyless ones too;
      // a file upload is the file itself as application/octet-stream, which needs a preflight as well.
      headers: headers(
        method === 'GET' || method === 'HEAD' ? {} : { 'content-type': file ? 'application/octet-stream' : 'application/json' },
      ),
      body: body === undefined ? undefined : file ? body : JSON.stringify(body),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return failure(0, 'network', 'the server did not answer');
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* a non-JSON answer is reported below */
  }
  // The server's answers are typed by contracts/ and checked there (presenters `satisfies` them).
  if (res.ok) return { ok: true, data: json as T };
  if (res.status === 401 && !path.startsWith('/api/auth/')) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  const err = (json as ApiErrorBody | null)?.error;
  return failure(res.status, err?.code ?? `http_${res.status}`, err?.message ?? (res.statusText || 'request failed'), err?.details);
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POSTs a file (or part of one) as the body. */
  upload: <T>(path: string, file: Blob) => request<T>('POST', path, file),
};

/** Builds `path?k=v&…`, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
