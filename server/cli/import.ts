import { readFile } from 'node:fs/promises';
import { withStore, type CommonFlags } from './store.js';
import { importFile, parseMapOption, type ImportKind } from '../modules/signals/index.js';
import { recordImportedHandling } from '../modules/replies/index.js';
import { importInspections } from '../modules/inspections/index.js';
import { importThroughServer } from './import-remote.js';
import { progressBar } from './progress.js';

export interface ImportFlags extends CommonFlags {
  format?: string;
  map?: string;
  set?: string;
  preset?: string;
  'date-format'?: string;
  server?: string;
  token?: string;
  rejects?: string;
  json?: boolean;
}

const KINDS = ['signals', 'orders', 'products'];

export async function importCommand(kind: string | undefined, file: string | undefined, flags: ImportFlags): Promise<number> {
  if (kind === 'inspections') return importInspectionsCommand(file, flags);
  if (!kind || !KINDS.includes(kind))
    throw new Error(`usage: writeback import signals|orders|products|inspections FILE (got "${kind ?? ''}")`);
  if (!file) throw new Error(`usage: writeback import ${kind} FILE`);
  const mailFormat = flags.format ?? (/\.(eml|mbox)$/i.exec(file)?.[1]?.toLowerCase() || undefined);
  if (kind === 'signals' && (mailFormat === 'eml' || mailFormat === 'mbox'))
    return (await import('./mail.js')).mailImportCommand(file, mailFormat, flags);
  const bar = !flags.json && process.stderr.isTTY ? progressBar(`importing ${kind}`) : undefined;
  const summary = flags.server
    ? await importThroughServer(flags.server, kind as ImportKind, file, flags, bar)
    : await withStore(flags, (ctx) =>
        importFile(ctx, {
          kind: kind as ImportKind,
          file,
          format: flags.format,
          map: parseMapOption(flags.map),
          set: parseMapOption(flags.set, '--set'),
          preset: flags.preset,
          dateFormat: flags['date-format'],
          rejectFile: flags.rejects,
          onHandling: (items) => recordImportedHandling(ctx.db, items),
          onProgress: bar ? (p) => bar.update(p.bytes / p.totalBytes, `${p.read} read, ${p.inserted} new`) : undefined,
        }),
      );
  bar?.done();
  if (flags.json) console.log(JSON.stringify(summary));
  else {
    if (summary.preset) console.log(`preset: ${summary.preset}`);
    if (summary.ignoredColumns.length > 0) console.log(`columns not imported: ${summary.ignoredColumns.join(', ')}`);
    console.log(
      `${summary.read} read, ${summary.inserted} inserted, ${summary.updated} updated, ${summary.duplicates} already there, ${summary.rejected} rejected`,
    );
    if (summary.rejectFile) console.log(`rejected rows and reasons: ${summary.rejectFile}`);
  }
  return 0;
}

/** `writeback import inspections FILE.csv`: a QA sheet of inspection records (docs/portal.md). */
async function importInspectionsCommand(file: string | undefined, flags: ImportFlags): Promise<number> {
  if (!file) throw new Error('usage: writeback import inspections FILE.csv');
  const csv = await readFile(file, 'utf8');
  const summary = await withStore(flags, (ctx) => importInspections(ctx, csv, 'cli'));
  if (flags.json) console.log(JSON.stringify(summary));
  else {
    console.log(`${summary.read} read, ${summary.inserted} inserted, ${summary.duplicates} already there, ${summary.rejected} rejected`);
    for (const r of summary.rejects) console.log(`line ${r.line}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
  return 0;
}
