import { AppError } from '../errors.js';

/**
 * The database refusing a value is the caller's mistake, not the server's: a door should have
 * named the field first (and the hostile-input corpus checks that they do), but a value that slips
 * past answers 400 or 409 with the column the database names, never 500.
 * Classes: 22 data exception (out of range, bad encoding, bad date), 23 integrity constraint.
 */
export function dbInputError(err: unknown): AppError | null {
  const e = err as { code?: unknown; detail?: unknown; column?: unknown; message?: unknown };
  if (typeof e?.code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(e.code)) return null;
  const detail = typeof e.detail === 'string' ? e.detail : '';
  const column = typeof e.column === 'string' ? e.column : (/Key \(([^)]+)\)/.exec(detail)?.[1] ?? '(body)');
  const reason =
    e.code === '23503'
      ? 'refers to a row that does not exist'
      : e.code === '23505'
        ? 'already exists'
        : e.code === '23502'
          ? 'is required'
          : e.code.startsWith('22')
            ? 'is outside what the database stores (too large, out of range or not valid text)'
            : 'breaks a rule of the database';
  return new AppError(e.code === '23505' ? 'conflict' : 'invalid_input', `${column}: ${reason}`, [{ path: column, message: reason }]);
}
