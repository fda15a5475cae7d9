/** What an erased text, name, email, phone or link reads as wherever it was stored. */
export const ERASED = '[erased]';

/**
 * A copy of a JSON value with every string `erase(key, value, parent)` picks replaced by ERASED;
 * `changed` says whether anything was. Objects and arrays are walked to any depth, so a text kept
 * inside a stored document (a report, an event's payload) is found wherever it sits.
 */
export function scrubJson(
  value: unknown,
  erase: (key: string, value: string, parent: Record<string, unknown> | unknown[]) => boolean,
): { value: unknown; changed: boolean } {
  let changed = false;
  const walk = (v: unknown, key: string, parent: Record<string, unknown> | unknown[] | null): unknown => {
    if (typeof v === 'string') {
      if (parent && v !== ERASED && erase(key, v, parent)) {
        changed = true;
        return ERASED;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, key, v));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x, k, o)]));
    }
    return v;
  };
  const out = walk(value, '', null);
  return { value: out, changed };
}

/** Whether `s` contains any of the tokens (emails, phones, links of one customer). */
export function containsAny(s: string, tokens: readonly string[]): boolean {
  for (const t of tokens) if (t && s.includes(t)) return true;
  return false;
}
