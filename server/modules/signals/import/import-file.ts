import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { signalInput, orderInput, productInput } from '../../../../contracts/signal.js';
import type { AppContext } from '../../../platform/http/context.js';
import { zodIssues } from '../../../platform/errors.js';
import { prepareSignals, storePreparedSignals } from '../ingest-signals.js';
import { loadIntake } from '../intake-steps.js';
import { upsertOrders } from '../../orders/index.js';
import { upsertProducts } from '../../products/index.js';
import { detectFormat, readRecords, type RawRecord } from './read-records.js';
import { mapRecord, foldOrderLine, type Kind } from './map-record.js';
import { PRESETS, detectPreset, type Preset, type ImportedHandling } from './presets/index.js';
import { normalizeDates, parseDateFormat, ambiguousDate, DATE_FIELDS } from './dates.js';
import { storeIsolating } from './isolate-refusals.js';
import { rejectLine } from './reject-line.js';

export interface ImportOptions {
  kind: Kind;
  file: string;
  format?: string;
  map?: Record<string, string>;
  set?: Record<string, string>;
  /** A preset's name, `auto` (the default without --map: recognised from the header row) or `none`. */
  preset?: string;
  /** Day/month order for dates written like 03/11/2026: DD/MM/YYYY or MM/DD/YYYY. */
  dateFormat?: string;
  rejectFile?: string;
  /** Handling history of newly stored helpdesk tickets (replies, solved and reopened times, rating). */
  onHandling?: (items: HandlingOf[]) => Promise<void>;
  batchSize?: number;
  /** A batch is also written once its text reaches this many characters (long texts, few rows). */
  batchChars?: number;
  /** Read and check only the first N records, storing nothing: what the page shows before an import. */
  preview?: number;
  onProgress?: (p: { bytes: number; totalBytes: number; read: number; inserted: number }) => void;
}

export interface HandlingOf {
  signalId: number;
  text: string;
  orderId?: string | null;
  handling: ImportedHandling;
}

export interface ImportSummary {
  /** The preset used (named or recognised), or null for plain mapping. */
  preset: string | null;
  /** Columns of the file that nothing read, named once. */
  ignoredColumns: string[];
  read: number;
  inserted: number;
  updated: number;
  duplicates: number;
  rejected: number;
  rejectFile: string | null;
  /** With `preview`: the first records as they would be stored, and the ones that would be refused. */
  previewRows?: { row: number; value: unknown }[];
  previewRejects?: { row: number; reason: string }[];
  columns?: string[];
}

const SCHEMAS: Record<Kind, z.ZodType> = { signals: signalInput, orders: orderInput, products: productInput };

/**
 * Streams a file into the store in batches, each its own transaction. Bad rows go to the
 * reject file with their row number and reason; good rows go in. Keys are unique, so a second
 * run, or a run after a crash midway, inserts exactly what is still missing.
 */
export async function importFile(ctx: Pick<AppContext, 'db' | 'clock'>, o: ImportOptions): Promise<ImportSummary> {
  if (!fs.existsSync(o.file)) throw new Error(`${o.file}: no such file`);
  const totalBytes = fs.statSync(o.file).size;
  if (totalBytes === 0) throw new Error(`${o.file} is empty: nothing to import`);
  const format = detectFormat(o.file, o.format);
  const presetName = o.preset ?? (o.map && Object.keys(o.map).length > 0 ? 'none' : 'auto');
  if (presetName !== 'auto' && presetName !== 'none' && !PRESETS[presetName])
    throw new Error(`--preset must be auto, none or one of ${Object.keys(PRESETS).join(', ')}, not "${presetName}"`);
  let preset: Preset | undefined = presetName === 'auto' || presetName === 'none' ? undefined : PRESETS[presetName];
  let decided = presetName !== 'auto';
  const choosePreset = (p: Preset | undefined) => {
    if (p && !p.kinds.includes(o.kind)) throw new Error(`preset ${p.name} imports ${p.kinds.join(' and ')}, not ${o.kind}`);
    preset = p;
    decided = true;
    summary.preset = p?.name ?? null;
  };
  const dateOrder = parseDateFormat(o.dateFormat);
  const schema = SCHEMAS[o.kind];
  const fields = new Set(Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape));
  // A CSV order row carries one line's fields; they fold into `lines` below.
  if (o.kind === 'orders' && format === 'csv') for (const f of ['sku', 'variant', 'qty', 'price']) fields.add(f);
  const ignored = new Set<string>();
  const batchSize = o.batchSize ?? 1000;
  const batchChars = o.batchChars ?? 4_000_000;
  const summary: ImportSummary = {
    preset: null,
    ignoredColumns: [],
    read: 0,
    inserted: 0,
    updated: 0,
    duplicates: 0,
    rejected: 0,
    rejectFile: null,
  };
  const rejectPath = path.resolve(o.rejectFile ?? `${path.basename(o.file).replace(/\.[^.]+$/, '')}.${o.kind}.rejects.ndjson`);
  let rejects: fs.WriteStream | undefined;
  if (o.preview) Object.assign(summary, { previewRows: [], previewRejects: [] });
  const reject = (row: number, reason: string, raw?: unknown) => {
    summary.rejected++;
    if (summary.previewRejects) {
      summary.previewRejects.push({ row, reason });
      return;
    }
    if (!rejects) {
      rejects = fs.createWriteStream(rejectPath);
      summary.rejectFile = rejectPath;
    }
    rejects.write(rejectLine(row, reason, raw) + '\n');
  };
  // What the intake steps read once (triage's model, seller rules and teams) is read once per import, not once per batch.
  const intake = o.kind === 'signals' && !o.preview ? await loadIntake(ctx.db) : undefined;
  let bytes = 0;
  let batch: { row: number; value: unknown }[] = [];
  let chars = 0;
  let pendingOrder: { row: number; value: Record<string, unknown> } | undefined;

  // Signals are pipelined: a batch is prepared (triaged, its SLA due dates worked out, its rows
  // encoded) while the database writes the one before, which on a database server runs this
  // process's work beside the server's. At most one batch is in flight, and the batches commit
  // one after another in file order, so a run killed midway has stored a prefix of the batches.
  let inFlight: Promise<void> | undefined;
  const settle = async () => {
    const p = inFlight;
    inFlight = undefined;
    await p;
  };
  const source = { actor: 'import', source: path.basename(o.file) };
  // A refused batch is split until the refused rows stand alone (isolate-refusals.ts); a split
  // part is prepared again, which is only paid for when something was refused.
  type Stored = { status: string; id: number; key: string };
  const stored = (prepared: Awaited<ReturnType<typeof prepareSignals>>, r: Awaited<ReturnType<typeof storePreparedSignals>>) =>
    r.map((x): Stored => ({ status: x.status, id: x.id, key: (prepared.items[x.index] as { externalId: string }).externalId }));
  const storeSignals = async (values: unknown[]) => {
    const prepared = await prepareSignals(ctx.db, ctx.clock, values as never, intake!);
    return stored(prepared, await storePreparedSignals(ctx, prepared, source));
  };
  // Handling history waits for its signal's id; only a newly stored ticket gets it, so a re-run adds none twice.
  let handlingOf = new Map<string, Omit<HandlingOf, 'signalId'>>();
  const recordHandling = async (results: Stored[], pending: Map<string, Omit<HandlingOf, 'signalId'>>) => {
    if (!o.onHandling || pending.size === 0) return;
    const items = results.flatMap((x) => {
      const h = x.status === 'inserted' ? pending.get(x.key) : undefined;
      return h && h.handling.steps.length + (h.handling.satisfaction ? 1 : 0) > 0 ? [{ signalId: x.id, ...h }] : [];
    });
    if (items.length > 0) await o.onHandling(items);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    const items = batch.map((b) => b.value);
    const pendingHandling = handlingOf;
    handlingOf = new Map();
    batch = [];
    chars = 0;
    if (o.kind === 'signals') {
      let prepared: Awaited<ReturnType<typeof prepareSignals>> | undefined;
      let prepError: unknown;
      try {
        prepared = await prepareSignals(ctx.db, ctx.clock, items as never, intake!);
      } catch (e) {
        prepError = e;
      }
      await settle();
      const at = bytes;
      const first = prepared
        ? storePreparedSignals(ctx, prepared, source).then(
            (r) => stored(prepared, r),
            (e) => storeIsolating(rows, storeSignals, reject, e),
          )
        : storeIsolating(rows, storeSignals, reject, prepError);
      inFlight = first.then(async (results) => {
        count(results.map((x) => x.status));
        await recordHandling(results, pendingHandling);
        o.onProgress?.({ bytes: at, totalBytes, read: summary.read, inserted: summary.inserted });
      });
      // Awaited by the next flush or at the end; this only keeps a failure from counting as unhandled meanwhile.
      inFlight.catch(() => {});
      return;
    }
    if (o.kind === 'orders') {
      count(await storeIsolating(rows, async (v) => (await upsertOrders(ctx, v as never, source)).map((x) => x.status), reject));
    } else {
      count(
        await storeIsolating(rows, async (v) => (await upsertProducts(ctx, v as never, { actor: 'import' })).map((x) => x.status), reject),
      );
    }
    o.onProgress?.({ bytes, totalBytes, read: summary.read, inserted: summary.inserted });
  };
  const count = (statuses: string[]) => {
    for (const s of statuses) {
      if (s === 'inserted') summary.inserted++;
      else if (s === 'updated') summary.updated++;
      else summary.duplicates++;
    }
  };
  const accept = async (row: number, value: Record<string, unknown>, handling?: ImportedHandling) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      const hint = issues.some((i) => DATE_FIELDS.has(String(i.path).split('.').at(-1) ?? '') && ambiguousDate(pick(value, String(i.path))))
        ? ' (day and month order unknown: pass --date-format DD/MM/YYYY or MM/DD/YYYY)'
        : '';
      reject(row, issues.map((i) => `${i.path}: ${i.message}`).join('; ') + hint, truncate(value));
      return;
    }
    if (summary.previewRows) {
      summary.previewRows.push({ row, value: parsed.data });
      return;
    }
    batch.push({ row, value: parsed.data });
    if (handling) {
      const d = parsed.data as { externalId: string; text: string; orderId?: string | null };
      handlingOf.set(d.externalId, { text: d.text, orderId: d.orderId, handling });
    }
    const text = (parsed.data as { text?: unknown }).text;
    if (typeof text === 'string') chars += text.length;
    if (batch.length >= batchSize || chars >= batchChars) await flush();
  };

  try {
    for await (const rec of readRecords(o.file, format, (n) => {
      bytes += n;
    }) as AsyncIterable<RawRecord>) {
      if (o.preview && summary.read >= o.preview) break;
      summary.read++;
      if ('error' in rec) {
        reject(rec.row, rec.error, rec.raw);
        continue;
      }
      if (!decided) choosePreset(detectPreset(Object.keys(rec.value)));
      summary.columns ??= Object.keys(rec.value);
      const p = preset as Preset | undefined;
      if (p?.reads) {
        const reads = new Set(p.reads.map((c) => c.split('.')[0]));
        for (const col of Object.keys(rec.value)) if (!reads.has(col) && !p.reads.includes(col)) ignored.add(col);
      }
      let value = p
        ? p.toRecord(o.kind, rec.value, rec.row)
        : mapRecord(rec.value, { map: o.map ?? {}, set: o.set ?? {}, fromCsv: format === 'csv' });
      if (p && o.set) value = { ...value, ...mapRecord({}, { map: {}, set: o.set, fromCsv: true }) };
      if (!p) {
        // A column that names no field is left out and listed in the summary, not a reason to refuse the row.
        for (const k of Object.keys(value))
          if (!fields.has(k)) {
            ignored.add(Object.entries(o.map ?? {}).find(([, f]) => f.split('.')[0] === k)?.[0] ?? k);
            delete value[k];
          }
      }
      normalizeDates(value, dateOrder);
      const handling = p?.handling?.(rec.value);
      if (o.kind === 'orders' && (p ? p.groupLines : format === 'csv')) {
        // Consecutive CSV rows of one order are its lines.
        value = foldOrderLine(value);
        if (pendingOrder && pendingOrder.value.orderId === value.orderId) {
          (pendingOrder.value.lines as unknown[]).push(...(value.lines as unknown[]));
          summary.read--; // one order, several rows
          continue;
        }
        if (pendingOrder) await accept(pendingOrder.row, pendingOrder.value);
        pendingOrder = { row: rec.row, value };
        continue;
      }
      await accept(rec.row, value, handling);
    }
    if (pendingOrder) await accept(pendingOrder.row, pendingOrder.value);
    await flush();
    await settle();
  } finally {
    // Never leave a batch's transaction running behind an error.
    if (inFlight) await inFlight.catch(() => {});
  }
  if (rejects) await new Promise<void>((res, rej) => rejects!.end((e?: Error | null) => (e ? rej(e) : res())));
  if (summary.read === 0) throw new Error(`${o.file} holds no records: nothing to import`);
  summary.ignoredColumns = [...ignored];
  return summary;
}

function pick(v: Record<string, unknown>, dotted: string): unknown {
  let cur: unknown = v;
  for (const part of dotted.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur;
}

function truncate(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    out[k] = typeof x === 'string' && x.length > 500 ? `${x.slice(0, 500)}… (${x.length} characters)` : x;
  return out;
}
