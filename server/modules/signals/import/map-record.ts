/**
 * Turns a flat record (a CSV row, or a JSON object) into the shape the zod schemas expect:
 * column renames from --map, constants from --set, dotted names into nested objects, and
 * text from CSV cells into numbers and booleans where the field is one.
 */
export type Kind = 'signals' | 'orders' | 'products';

const NUMBER_FIELDS = new Set([
  'rating',
  'value',
  'promisedMinDays',
  'promisedMaxDays',
  'qty',
  'price',
  'promises.deliveryMinDays',
  'promises.deliveryMaxDays',
  'promises.returnWindowDays',
]);
const BOOLEAN_FIELDS = new Set(['public', 'published']);
const JSON_FIELDS = new Set(['attachments', 'lines', 'promises', 'carrierEvents']);

export function parseMapOption(spec: string | undefined, flag = '--map'): Record<string, string> {
  if (!spec) return {};
  const out: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const i = pair.indexOf('=');
    if (i <= 0 || i === pair.length - 1) throw new Error(`${flag}: "${pair}" is not col=field`);
    out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return out;
}

export function mapRecord(
  value: Record<string, unknown>,
  opts: { map: Record<string, string>; set: Record<string, string>; fromCsv: boolean },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [col, v] of Object.entries(value)) {
    const field = opts.map[col] ?? col;
    if (opts.fromCsv && (v === '' || v === undefined)) continue; // an empty cell is an absent field
    assign(out, field, opts.fromCsv ? coerce(field, v as string) : v);
  }
  for (const [field, v] of Object.entries(opts.set)) assign(out, field, coerce(field, v));
  return out;
}

function coerce(field: string, v: string): unknown {
  if (NUMBER_FIELDS.has(field)) {
    const n = Number(v.trim());
    return v.trim() === '' || Number.isNaN(n) ? v : n; // leave it a string: the schema names the field
  }
  if (BOOLEAN_FIELDS.has(field)) {
    const t = v.trim().toLowerCase();
    if (['true', '1', 'yes', 'y'].includes(t)) return true;
    if (['false', '0', 'no', 'n'].includes(t)) return false;
    return v;
  }
  if (JSON_FIELDS.has(field)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

function assign(obj: Record<string, unknown>, dotted: string, v: unknown): void {
  const parts = dotted.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (typeof cur[p] !== 'object' || cur[p] === null) cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts.at(-1)!] = v;
}

/**
 * CSV orders carry one line per row; consecutive rows of the same order become one order.
 * Row-level line fields (sku, variant, qty, price) move into `lines`.
 */
export function foldOrderLine(rec: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(rec.lines)) return rec;
  const { sku, variant, qty, price, ...order } = rec;
  return { ...order, lines: [{ sku, ...(variant === undefined ? {} : { variant }), qty: qty ?? 1, price: price ?? 0 }] };
}
