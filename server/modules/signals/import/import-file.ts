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
import { PRESETS } from './presets.js';
import { storeIsolating } from './isolate-refusals.js';
import { rejectLine } from './reject-line.js';

export interface ImportOptions {
  kind: Kind;
  file: string;
  format?: string;
  map?: Record<string, string>;
  set?: Record<string, string>;
  preset?: string;
  rejectFile?: string;
  batchSize?: number;
  /** A batch is also written once its text reaches this many characters (long texts, few rows). */
  batchChars?: number;
  onProgress?: (p: { bytes: number; totalBytes: number; read: number; inserted: number }) => void;
}

export interface ImportSummary {
  read: number;
  inserted: number;
  updated: number;
  duplicates: number;
  rejected: number;
  rejectFile: string | null;
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
  const preset = o.preset ? PRESETS[o.preset] : undefined;
  if (o.preset && !preset) throw new Error(`--preset must be one of ${Object.keys(PRESETS).join(', ')}, not "${o.preset}"`);
  if (preset && !preset.kinds.includes(o.kind))
    throw new Error(`preset ${preset.name} imports ${preset.kinds.join(' and ')}, not ${o.kind}`);
  const schema = SCHEMAS[o.kind];
  const batchSize = o.batchSize ?? 1000;
  const batchChars = o.batchChars ?? 4_000_000;
  const summary: ImportSummary = { read: 0, inserted: 0, updated: 0, duplicates: 0, rejected: 0, rejectFile: null };
  const rejectPath = path.resolve(o.rejectFile ?? `${path.basename(o.file).replace(/\.[^.]+$/, '')}.${o.kind}.rejects.ndjson`);
  let rejects: fs.WriteStream | undefined;
  const reject = (row: number, reason: string, raw?: unknown) => {
    summary.rejected++;
    if (!rejects) {
      rejects = fs.createWriteStream(rejectPath);
      summary.rejectFile = rejectPath;
    }
    rejects.write(rejectLine(row, reason, raw) + '\n');
  };
  // What the intake steps read once (triage's model, seller rules and teams) is read once per import, not once per batch.
  const intake = o.kind === 'signals' ? await loadIntake(ctx.db) : undefined;
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
  const storeSignals = async (values: unknown[]) => {
    const prepared = await prepareSignals(ctx.db, ctx.clock, values as never, intake!);
    return (await storePreparedSignals(ctx, prepared, source)).map((x) => x.status);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    const items = batch.map((b) => b.value);
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
            (r) => r.map((x) => x.status),
            (e) => storeIsolating(rows, storeSignals, reject, e),
          )
        : storeIsolating(rows, storeSignals, reject, prepError);
      inFlight = first.then((statuses) => {
        count(statuses);
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
  const accept = async (row: number, value: Record<string, unknown>) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      reject(
        row,
        zodIssues(parsed.error)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; '),
        truncate(value),
      );
      return;
    }
    batch.push({ row, value: parsed.data });
    const text = (parsed.data as { text?: unknown }).text;
    if (typeof text === 'string') chars += text.length;
    if (batch.length >= batchSize || chars >= batchChars) await flush();
  };

  try {
    for await (const rec of readRecords(o.file, format, (n) => {
      bytes += n;
    }) as AsyncIterable<RawRecord>) {
      summary.read++;
      if ('error' in rec) {
        reject(rec.row, rec.error, rec.raw);
        continue;
      }
      let value = preset
        ? preset.toRecord(o.kind, rec.value as Record<string, string>, rec.row)
        : mapRecord(rec.value, { map: o.map ?? {}, set: o.set ?? {}, fromCsv: format === 'csv' });
      if (preset && o.set) value = { ...value, ...mapRecord({}, { map: {}, set: o.set, fromCsv: true }) };
      if (o.kind === 'orders' && format === 'csv' && !preset) {
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
      await accept(rec.row, value);
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
  return summary;
}

function truncate(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    out[k] = typeof x === 'string' && x.length > 500 ? `${x.slice(0, 500)}… (${x.length} characters)` : x;
  return out;
}
