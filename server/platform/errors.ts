/**
 * The one error type that crosses module boundaries. Each module declares its own codes
 * (a const list in its errors.ts); server/http-errors.ts maps every code to a status.
 */
export class AppError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const PLATFORM_ERRORS = [
  'invalid_input',
  'not_found',
  'unauthorized',
  'conflict',
  'payload_too_large',
  'internal',
  'host_not_allowed',
  'cross_origin_refused',
  'unsupported_media_type',
  'database_unavailable',
] as const;
export type PlatformErrorCode = (typeof PLATFORM_ERRORS)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

/** zod issue path → "items[3].receivedAt" so the caller sees the field and the item index. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

export function zodIssues(
  error: { issues: { path: readonly PropertyKey[]; message: string }[] },
  prefix: PropertyKey[] = [],
): FieldIssue[] {
  return error.issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: i.message }));
}
