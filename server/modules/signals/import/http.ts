import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ImportJob, ImportPreview, ImportPresetItem } from '../../../../contracts/imports.js';
import type { AppContext } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/errors.js';
import { parseInput } from '../../../platform/http/validate.js';
import { doc } from '../../../platform/http/openapi.js';
import { importFile, type HandlingOf, type ImportSummary } from './import-file.js';
import { parseMapOption } from './map-record.js';
import { PRESETS } from './presets/index.js';
import { parseDateFormat } from './dates.js';

const importQuery = z
  .object({
    kind: z.enum(['signals', 'orders', 'products']).default('signals'),
    name: z
      .string()
      .min(1)
      .max(200)
      .regex(/\.(csv|ndjson|jsonl|json|xml)$/i, 'must end in .csv, .ndjson, .jsonl, .json or .xml')
      .default('upload.csv'),
    preset: z.string().max(50).optional(),
    format: z.enum(['csv', 'ndjson', 'json', 'xml']).optional(),
    map: z.string().max(4000).optional(),
    set: z.string().max(4000).optional(),
    dateFormat: z.string().max(20).optional(),
    /** Answer once the import is done (the CLI), instead of at once with a job to poll (the page). */
    wait: z.enum(['true', 'false']).optional(),
  })
  .strict();
const jobParams = z.object({ id: z.string().uuid('must be an import id') });

type Query = z.infer<typeof importQuery>;
interface Job extends ImportJob {
  dir: string;
  rejectPath: string | null;
}

/** Kept in memory for the life of the process: the page polls a run it started; the data is in the store. */
const MAX_JOBS = 50;

function checkOptions(q: Query) {
  const fieldError = (field: string, e: unknown) =>
    new AppError('invalid_input', `${field}: ${(e as Error).message}`, [{ path: field, message: (e as Error).message }]);
  let map: Record<string, string>;
  let set: Record<string, string>;
  try {
    map = parseMapOption(q.map);
  } catch (e) {
    throw fieldError('map', e);
  }
  try {
    set = parseMapOption(q.set, '--set');
  } catch (e) {
    throw fieldError('set', e);
  }
  try {
    parseDateFormat(q.dateFormat);
  } catch (e) {
    throw fieldError('dateFormat', e);
  }
  if (q.preset && q.preset !== 'auto' && q.preset !== 'none') {
    const p = PRESETS[q.preset];
    if (!p) throw fieldError('preset', new Error(`must be auto, none or one of ${Object.keys(PRESETS).join(', ')}`));
    if (!p.kinds.includes(q.kind)) throw fieldError('preset', new Error(`${p.name} imports ${p.kinds.join(' and ')}, not ${q.kind}`));
  }
  return { map, set };
}

/** The body is the file itself; a JSON body is a request to some other route, not a file. */
function requireFileBody(contentType: string | undefined) {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/octet-stream')
    throw new AppError(
      'unsupported_media_type',
      `send the file itself as the body, with Content-Type: application/octet-stream (got "${type.slice(0, 100) || 'none'}")`,
    );
}

async function saveBody(body: ReadableStream<Uint8Array> | null, dir: string, name: string): Promise<string> {
  const file = path.join(dir, path.basename(name).replace(/[^\w.-]/g, '_'));
  if (!body) throw new AppError('invalid_input', 'body: the file is empty', [{ path: 'body', message: 'the file is empty' }]);
  await pipeline(Readable.fromWeb(body as never), fs.createWriteStream(file));
  if (fs.statSync(file).size === 0)
    throw new AppError('invalid_input', 'body: the file is empty', [{ path: 'body', message: 'the file is empty' }]);
  return file;
}

function view(j: Job): ImportJob {
  const { dir: _dir, rejectPath: _r, ...rest } = j;
  return rest;
}

const summaryView = (s: ImportSummary) => ({
  preset: s.preset,
  ignoredColumns: s.ignoredColumns,
  read: s.read,
  inserted: s.inserted,
  updated: s.updated,
  duplicates: s.duplicates,
  rejected: s.rejected,
});

/**
 * Import while the server runs: the body is the file itself (any content type), streamed to a
 * temporary file and then through `importFile`, the CLI's pipeline, batch by batch.
 */
export function importRoutes(ctx: AppContext, deps: { onHandling?: (items: HandlingOf[]) => Promise<void> } = {}) {
  const app = new Hono();
  const jobs = new Map<string, Job>();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'writeback-imports-'));

  app.get('/presets', doc({ summary: 'The import presets: name, label and what each imports' }), (c) =>
    c.json(Object.values(PRESETS).map((p) => ({ name: p.name, label: p.label, kinds: p.kinds })) satisfies ImportPresetItem[]),
  );

  app.post(
    '/preview',
    doc({
      summary: 'What the first rows of a file would become (the body is the start of the file); nothing is stored',
      query: importQuery,
      errors: ['unsupported_media_type'],
      responses: { 200: 'ImportPreview' },
    }),
    async (c) => {
      const q = parseInput(importQuery, c.req.query());
      const { map, set } = checkOptions(q);
      requireFileBody(c.req.header('content-type'));
      const dir = fs.mkdtempSync(path.join(root, 'preview-'));
      try {
        const file = await saveBody(c.req.raw.body, dir, q.name);
        const s = await importFile(ctx, {
          kind: q.kind,
          file,
          format: q.format,
          map,
          set,
          preset: q.preset,
          dateFormat: q.dateFormat,
          preview: 5,
        }).catch((e: Error) => {
          throw e instanceof AppError ? e : new AppError('invalid_input', `file: ${e.message}`, [{ path: 'file', message: e.message }]);
        });
        return c.json({
          preset: s.preset,
          columns: s.columns ?? [],
          ignoredColumns: s.ignoredColumns,
          rows: (s.previewRows ?? []) as ImportPreview['rows'],
          rejects: s.previewRejects ?? [],
        } satisfies ImportPreview);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  app.post(
    '/',
    doc({
      summary: 'Import a file (the body) while the server runs: CSV, NDJSON, JSON or XML, through the same pipeline as `writeback import`',
      description: 'Answers 202 with the run to poll, or 200 with the finished run when `wait=true`.',
      query: importQuery,
      errors: ['unsupported_media_type'],
      responses: { 200: 'ImportJob (finished)', 202: 'ImportJob (running)' },
    }),
    async (c) => {
      const q = parseInput(importQuery, c.req.query());
      const { map, set } = checkOptions(q);
      requireFileBody(c.req.header('content-type'));
      const id = randomUUID();
      const dir = fs.mkdtempSync(path.join(root, 'run-'));
      let file: string;
      try {
        file = await saveBody(c.req.raw.body, dir, q.name);
      } catch (e) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw e;
      }
      const job: Job = {
        id,
        kind: q.kind,
        fileName: path.basename(q.name),
        status: 'running',
        startedAt: ctx.clock.now().toISOString(),
        finishedAt: null,
        bytes: 0,
        totalBytes: fs.statSync(file).size,
        read: 0,
        inserted: 0,
        summary: null,
        error: null,
        rejectsUrl: null,
        dir,
        rejectPath: null,
      };
      jobs.set(id, job);
      for (const old of [...jobs.values()].slice(0, Math.max(0, jobs.size - MAX_JOBS))) {
        jobs.delete(old.id);
        fs.rmSync(old.dir, { recursive: true, force: true });
      }
      const done = importFile(ctx, {
        kind: q.kind,
        file,
        format: q.format,
        map,
        set,
        preset: q.preset,
        dateFormat: q.dateFormat,
        rejectFile: path.join(dir, 'rejects.ndjson'),
        onHandling: deps.onHandling,
        onProgress: (p) => Object.assign(job, { bytes: p.bytes, read: p.read, inserted: p.inserted }),
      }).then(
        (s) => {
          Object.assign(job, { status: 'done', summary: summaryView(s), read: s.read, inserted: s.inserted, bytes: job.totalBytes });
          if (s.rejectFile) Object.assign(job, { rejectPath: s.rejectFile, rejectsUrl: `/api/imports/${id}/rejects` });
        },
        (e: Error) => Object.assign(job, { status: 'failed', error: String(e?.message ?? e).slice(0, 500) }),
      );
      void done.finally(() => {
        job.finishedAt = ctx.clock.now().toISOString();
        fs.rmSync(file, { force: true });
      });
      if (q.wait === 'true') {
        await done;
        return c.json(view(job) satisfies ImportJob, 200);
      }
      return c.json(view(job) satisfies ImportJob, 202);
    },
  );

  app.get('/:id', doc({ summary: 'One import run: progress, then its summary', params: jobParams, errors: ['not_found'] }), (c) => {
    const { id } = parseInput(jobParams, c.req.param());
    const job = jobs.get(id);
    if (!job) throw new AppError('not_found', `no import ${id} in this server's life`);
    return c.json(view(job) satisfies ImportJob);
  });

  app.get(
    '/:id/rejects',
    doc({
      summary: 'The rows an import refused, one JSON line each: row, reason, raw',
      params: jobParams,
      errors: ['not_found'],
      responses: { 200: { description: 'NDJSON', content: ['application/x-ndjson'] } },
    }),
    (c) => {
      const { id } = parseInput(jobParams, c.req.param());
      const job = jobs.get(id);
      if (!job?.rejectPath || !fs.existsSync(job.rejectPath)) throw new AppError('not_found', `import ${id} has no rejected rows`);
      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${job.fileName.replace(/[^\w.-]/g, '_')}.rejects.ndjson"`);
      return c.body(fs.readFileSync(job.rejectPath));
    },
  );

  return app;
}
