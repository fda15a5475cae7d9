import fs from 'node:fs';
import readline from 'node:readline';
import { Transform } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { parser as jsonParser } from 'stream-json';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import chain from 'stream-chain';
import { pick } from 'stream-json/filters/pick.js';
import { SaxesParser } from 'saxes';

export type Format = 'csv' | 'ndjson' | 'json' | 'xml';

/** One raw record or one reason it could not be read; `row` is what a person finds in the file. */
export type RawRecord = { row: number; value: Record<string, unknown>; raw?: string } | { row: number; error: string; raw?: string };

export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export function detectFormat(file: string, explicit?: string): Format {
  if (explicit) {
    if (explicit === 'csv' || explicit === 'ndjson' || explicit === 'json' || explicit === 'xml') return explicit;
    throw new Error(`--format must be csv, ndjson, json or xml, not "${explicit}"`);
  }
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  if (/\.json$/i.test(file)) return 'json';
  if (/\.xml$/i.test(file)) return 'xml';
  throw new Error(`cannot tell the format of ${file} from its name; pass --format csv|ndjson|json|xml`);
}

/** Streams records so a file of any size is read in constant memory. */
export function readRecords(file: string, format: Format, onBytes?: (n: number) => void): AsyncGenerator<RawRecord> {
  const input = fs.createReadStream(file);
  if (onBytes) input.on('data', (c) => onBytes(c.length));
  if (format === 'csv') return readCsv(input);
  if (format === 'ndjson') return readNdjson(input);
  if (format === 'xml') return readXmlReviews(input);
  return readJson(input, file);
}

async function* readCsv(input: fs.ReadStream): AsyncGenerator<RawRecord> {
  const skipped: RawRecord[] = [];
  let header: string[] | undefined;
  const parser = parseCsv({
    bom: true,
    relax_column_count: true, // we report a wrong column count per row instead of stopping
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    info: true,
  });
  parser.on('skip', (err: Error & { lines?: number; record?: string[] }) => {
    skipped.push({ row: err.lines ?? 0, error: `unreadable CSV: ${err.message}` });
  });
  input.pipe(parser);
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>) {
    while (skipped.length) yield skipped.shift()!;
    if (!header) {
      header = record.map((h) => h.trim());
      continue;
    }
    const row = info.records - 1; // 1 = the first data row under the header
    if (record.length !== header.length) {
      yield { row, error: `expected ${header.length} columns, found ${record.length}`, raw: record.join(',').slice(0, 2000) };
      continue;
    }
    const bad = record.findIndex((v) => v.includes('\uFFFD'));
    if (bad >= 0) {
      yield { row, error: `column "${header[bad]}" is not valid UTF-8`, raw: record.join(',').slice(0, 2000) };
      continue;
    }
    const value: Record<string, unknown> = {};
    header.forEach((h, i) => {
      value[h] = record[i];
    });
    yield { row, value };
  }
  while (skipped.length) yield skipped.shift()!;
}

async function* readNdjson(input: fs.ReadStream): AsyncGenerator<RawRecord> {
  // Decoding each line strictly (not the whole stream) pins invalid UTF-8 to its line.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines = readline.createInterface({ input: input.pipe(new LatinPassThrough()), crlfDelay: Infinity });
  let row = 0;
  for await (const latin of lines) {
    row++;
    if (latin.trim() === '') continue;
    let text: string;
    try {
      text = decoder.decode(Buffer.from(latin, 'latin1'));
    } catch {
      yield { row, error: 'line is not valid UTF-8' };
      continue;
    }
    if (text.length > MAX_RECORD_BYTES) {
      yield { row, error: `line is longer than ${MAX_RECORD_BYTES} bytes` };
      continue;
    }
    try {
      const value = JSON.parse(text);
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        yield { row, error: 'line is not a JSON object', raw: text.slice(0, 2000) };
      else yield { row, value };
    } catch (e) {
      yield { row, error: `invalid JSON: ${(e as Error).message}`, raw: text.slice(0, 2000) };
    }
  }
}

/** Passes bytes through as latin1 text so readline never replaces bad UTF-8 before we see it. */
class LatinPassThrough extends Transform {
  override _transform(chunk: Buffer, _enc: string, cb: (e: null, d: string) => void) {
    cb(null, chunk.toString('latin1'));
  }
}

/** Exports wrap their list in an object: `{"reviews": [...]}`, `{"tickets": [...]}`, `{"items": [...]}`, `{"data": [...]}`. */
const ENVELOPES = new Set(['reviews', 'tickets', 'items', 'data', 'disputes', 'records', 'results']);

function startsWithObject(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(256);
    const n = fs.readSync(fd, buf, 0, 256, 0);
    return buf
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{');
  } finally {
    fs.closeSync(fd);
  }
}

async function* readJson(input: fs.ReadStream, file: string): AsyncGenerator<RawRecord> {
  const envelope = startsWithObject(file);
  const pipeline = chain([
    input,
    jsonParser(),
    ...(envelope
      ? [pick({ filter: (stack: readonly (string | number | null)[]) => stack.length === 1 && ENVELOPES.has(String(stack[0])) })]
      : []),
    streamArray(),
  ]);
  try {
    for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      const row = item.key + 1;
      if (item.value === null || typeof item.value !== 'object' || Array.isArray(item.value))
        yield { row, error: 'item is not a JSON object' };
      else yield { row, value: item.value as Record<string, unknown> };
    }
  } catch (e) {
    // A JSON document broken in the middle cannot be resynchronised: report where it stopped.
    yield { row: -1, error: `invalid JSON document: ${(e as Error).message} (items before this point were read)` };
  }
}

type XmlNode = Record<string, unknown>;

/**
 * A review feed (Google's product review XML): each `<review>` element becomes one record, its
 * children nested by name (a repeated child becomes a list, attributes are `@name`, text beside
 * attributes is `#text`). Streamed with a SAX parser, so a feed of any size reads in constant memory.
 */
async function* readXmlReviews(input: fs.ReadStream): AsyncGenerator<RawRecord> {
  const parser = new SaxesParser({ xmlns: false });
  const out: RawRecord[] = [];
  const stack: { name: string; node: XmlNode; text: string }[] = [];
  let row = 0;
  let failed = false;
  parser.on('opentag', (tag) => {
    if (stack.length === 0 && tag.name !== 'review') return; // the feed's wrapper and header
    const node: XmlNode = {};
    for (const [k, v] of Object.entries(tag.attributes)) node[`@${k}`] = String(v);
    stack.push({ name: tag.name, node, text: '' });
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack.at(-1)!.text += t;
  });
  parser.on('cdata', (t) => {
    if (stack.length > 0) stack.at(-1)!.text += t;
  });
  parser.on('closetag', () => {
    const top = stack.pop();
    if (!top) return;
    const text = top.text.trim();
    const keys = Object.keys(top.node);
    const value: unknown = keys.length === 0 ? text : text ? { ...top.node, '#text': text } : top.node;
    if (stack.length === 0) {
      row++;
      out.push({ row, value: value as XmlNode });
      return;
    }
    const parent = stack.at(-1)!.node;
    const prev = parent[top.name];
    parent[top.name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  });
  parser.on('error', (e) => {
    if (!failed) out.push({ row: row + 1, error: `invalid XML: ${e.message} (reviews before this point were read)` });
    failed = true;
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input) {
    if (failed) break;
    try {
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    } catch {
      // reported by the error handler
    }
    while (out.length) yield out.shift()!;
  }
  if (!failed)
    try {
      parser.close();
    } catch {
      // reported by the error handler
    }
  while (out.length) yield out.shift()!;
}
