/**
 * One line of the reject file, whatever the input was: strings are cut at 500 characters,
 * values nested deeper than 8 levels or wider than 50 items are summarized, so a JSON document
 * nested 5,000 deep or a line of megabytes still gives one readable, parseable line.
 */
const MAX_STRING = 500;
const MAX_DEPTH = 8;
const MAX_ITEMS = 50;

export function tame(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return v.length > MAX_STRING ? `${v.slice(0, MAX_STRING)}… (${v.length} characters)` : v;
  if (v === null || typeof v !== 'object') return typeof v === 'bigint' ? String(v) : v;
  if (depth >= MAX_DEPTH) return Array.isArray(v) ? '[… nested deeper]' : '{… nested deeper}';
  if (Array.isArray(v)) {
    const out = v.slice(0, MAX_ITEMS).map((x) => tame(x, depth + 1));
    if (v.length > MAX_ITEMS) out.push(`… ${v.length - MAX_ITEMS} more items`);
    return out;
  }
  const out: Record<string, unknown> = {};
  const entries = Object.entries(v);
  for (const [k, x] of entries.slice(0, MAX_ITEMS)) out[tame(k) as string] = tame(x, depth + 1);
  if (entries.length > MAX_ITEMS) out['…'] = `${entries.length - MAX_ITEMS} more fields`;
  return out;
}

export function rejectLine(row: number, reason: string, raw?: unknown): string {
  const line = { row, reason: tame(reason), ...(raw === undefined ? {} : { raw: tame(raw) }) };
  try {
    return JSON.stringify(line);
  } catch {
    return JSON.stringify({ row, reason: String(reason).slice(0, MAX_STRING) });
  }
}
