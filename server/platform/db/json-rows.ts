import { sql, type RawBuilder } from 'kysely';

/**
 * Many rows as one parameter, for `INSERT … SELECT … FROM ${jsonRows(rows)} AS u(col type, …)`.
 * The rows travel as one JSON document in a Buffer, which the driver sends as it is (binary):
 * no escaped array literal per column on the client and, on PGlite, no character-by-character
 * length count of every string. Keys missing from a row read as NULL. A lone UTF-16 surrogate
 * becomes U+FFFD, as it would in any text parameter.
 */
export function jsonRows(rows: readonly object[]): RawBuilder<unknown> {
  let json = JSON.stringify(rows);
  // JSON.stringify writes a lone surrogate as a \udXXX escape, which PostgreSQL refuses.
  if (LONE_ESCAPE.test(json)) json = JSON.stringify(rows, wellFormed);
  return sql`json_to_recordset(${Buffer.from(json)}::text::json)`;
}

const LONE_ESCAPE = /\\ud[89a-f]/i;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(_key: string, v: unknown): unknown {
  return typeof v === 'string' && SURROGATE.test(v) ? v.replace(LONE_SURROGATE, '\uFFFD') : v;
}
