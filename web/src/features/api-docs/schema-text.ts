import type { JsonSchema } from '../../../../contracts/openapi.js';

const isNull = (s: JsonSchema) => s.type === 'null';

/** The schema's members when it is a choice (anyOf / oneOf), null left out; null when it is not a choice. */
export function choices(s: JsonSchema): JsonSchema[] | null {
  const list = s.oneOf ?? s.anyOf;
  return list ? list.filter((m) => !isNull(m)) : null;
}

export const nullable = (s: JsonSchema) => Boolean((s.oneOf ?? s.anyOf)?.some(isNull));

function range(lo: number | undefined, hi: number | undefined, unit: string): string {
  if (lo !== undefined && hi !== undefined) return lo === hi ? `exactly ${lo}${unit}` : `${lo}–${hi}${unit}`;
  if (lo !== undefined) return `at least ${lo}${unit}`;
  if (hi !== undefined) return `at most ${hi}${unit}`;
  return '';
}

// zod writes int() as ±(2^53 − 1); that bound says "an integer", not a limit worth reading.
const SAFE = Number.MAX_SAFE_INTEGER;
const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= SAFE ? undefined : n);

/**
 * One line for a schema that is not an object: "string, 1–200 characters", "integer, 1–500,
 * default 50", "one of: a, b". Objects and arrays of objects are shown as trees by the page.
 */
export function schemaText(s: JsonSchema): string {
  const parts: string[] = [];
  const members = choices(s);
  if (members) {
    const simple = members.every((m) => !m.properties && !choices(m));
    parts.push(simple ? members.map(schemaText).join(' or ') : `one of ${members.length} shapes`);
  } else if (s.const !== undefined) {
    parts.push(`exactly ${JSON.stringify(s.const)}`);
  } else if (s.enum) {
    parts.push(`one of: ${s.enum.map((v) => String(v)).join(', ')}`);
  } else if (s.type === 'array') {
    const items = s.items ? (s.items.properties ? 'objects' : schemaText(s.items)) : 'anything';
    parts.push(`list of ${items}`);
    const n = range(s.minItems, s.maxItems, ' items');
    if (n) parts.push(n);
  } else if (s.type === 'object' && !s.properties) {
    parts.push(
      s.additionalProperties && typeof s.additionalProperties === 'object' ? `map of ${schemaText(s.additionalProperties)}` : 'object',
    );
  } else if (s.type === 'string') {
    parts.push(s.format ? `string (${s.format})` : 'string');
    const n = range(s.minLength, s.maxLength, ' characters');
    if (n) parts.push(n);
    if (s.pattern) parts.push(`matching ${s.pattern}`);
  } else if (s.type === 'integer' || s.type === 'number') {
    parts.push(s.type);
    // zod writes positive() as exclusiveMinimum 0: for an integer that is "at least 1".
    const lo = s.exclusiveMinimum === undefined ? bound(s.minimum) : s.type === 'integer' ? s.exclusiveMinimum + 1 : undefined;
    if (s.exclusiveMinimum !== undefined && s.type === 'number') parts.push(`more than ${s.exclusiveMinimum}`);
    const n = range(lo, bound(s.maximum), '');
    if (n) parts.push(n);
  } else if (typeof s.type === 'string') {
    parts.push(s.type);
  } else if (s.$ref) {
    parts.push(s.$ref.split('/').at(-1)!);
  } else {
    parts.push('any JSON value');
  }
  if (members && nullable(s)) parts.push('or null');
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join(', ');
}
