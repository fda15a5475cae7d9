import { useEffect, useId, useRef, useState } from 'react';
import type { ImportJob, ImportKindName, ImportPresetItem, ImportPreview } from '../../../../contracts/imports.js';
import { CHANNELS } from '../../../../contracts/vocab.js';
import { api, withQuery, type ApiFailure } from '../../shared/api.js';
import { ErrorNote, KeyValues, Section, show } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

/** The fields each kind of record has; a column mapped to none of them is left out. */
const FIELDS: Record<ImportKindName, string[]> = {
  signals: [
    'channel',
    'externalId',
    'receivedAt',
    'text',
    'title',
    'rating',
    'sku',
    'variant',
    'batch',
    'orderId',
    'customerId',
    'language',
    'public',
    'handledBy',
  ],
  orders: [
    'orderId',
    'customerId',
    'orderedAt',
    'value',
    'currency',
    'country',
    'shippingMethod',
    'route',
    'shippedAt',
    'deliveredAt',
    'batch',
    'carrier',
    'trackingNumber',
    'sku',
    'variant',
    'qty',
    'price',
  ],
  products: ['sku', 'title', 'supplier', 'pageUrl', 'category'],
};
/** The preview reads the start of the file: enough for its first rows, whatever its size. */
const PREVIEW_BYTES = 256 * 1024;

interface Options {
  kind: ImportKindName;
  preset: string;
  dateFormat: string;
  channel: string;
  map: Record<string, string>;
}

function query(file: File, o: Options, columns: string[]) {
  // With a preset recognised the server uses it and leaves the map aside.
  const mapping = o.preset === 'none' || o.preset === 'auto';
  const map = mapping
    ? Object.entries(o.map)
        .filter(([col, field]) => field && field !== col)
        .map(([col, field]) => `${col}=${field}`)
    : [];
  // Columns left unmapped that happen to carry a field's name would be read as that field: name them away.
  if (mapping) for (const c of columns) if (o.map[c] === '' && FIELDS[o.kind].includes(c)) map.push(`${c}=-ignored-${c}`);
  return {
    kind: o.kind,
    name: file.name,
    preset: o.preset,
    dateFormat: o.dateFormat || undefined,
    map: map.join(',') || undefined,
    set: o.kind === 'signals' && o.channel ? `channel=${o.channel}` : undefined,
  };
}

/** Upload an export while the app runs: preview, map, import, then the summary and the refused rows. */
export function ImportPage() {
  const uid = useId();
  const presets = useApi<ImportPresetItem[]>('/api/imports/presets');
  const [file, setFile] = useState<File | null>(null);
  const [o, setO] = useState<Options>({ kind: 'signals', preset: 'auto', dateFormat: '', channel: '', map: {} });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewFailure, setPreviewFailure] = useState<ApiFailure | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const columns = preview?.columns ?? [];
  // The preview names the columns; the next preview reads them here, so a new preview does not ask again.
  const columnsRef = useRef<string[]>([]);
  columnsRef.current = columns;

  useEffect(() => {
    if (!file) return;
    let stale = false;
    const q = query(file, o, columnsRef.current);
    void api.upload<ImportPreview>(withQuery('/api/imports/preview', q), file.slice(0, PREVIEW_BYTES)).then((r) => {
      if (stale) return;
      if (r.ok) {
        setPreview(r.data);
        setPreviewFailure(null);
      } else setPreviewFailure(r);
    });
    return () => {
      stale = true;
    };
  }, [file, o]);

  useEffect(() => {
    if (job?.status !== 'running') {
      if (job) doneRef.current?.focus();
      return;
    }
    const t = setTimeout(async () => {
      const r = await api.get<ImportJob>(`/api/imports/${job.id}`);
      if (r.ok) setJob(r.data);
      else setFailure(r);
    }, 300);
    return () => clearTimeout(t);
  }, [job]);

  const choose = (f: File | null) => {
    setFile(f);
    setPreview(null);
    setJob(null);
    setFailure(null);
    setO((x) => ({ ...x, map: {} }));
  };
  const start = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setJob(null);
    const r = await api.upload<ImportJob>(withQuery('/api/imports', query(file, o, columns)), file);
    if (r.ok) setJob(r.data);
    else setFailure(r);
    setBusy(false);
  };
  const mapping = o.preset === 'none' || (o.preset === 'auto' && preview !== null && preview.preset === null);
  const fieldOf = (col: string) => o.map[col] ?? (FIELDS[o.kind].includes(col) ? col : '');

  return (
    <>
      <h1>Import</h1>
      <p className="muted">
        A CSV, NDJSON, JSON or XML export from your shop, helpdesk, review site or payment provider. The file goes through the same import
        as <code>writeback import</code>: bad rows are set aside with their reason, the rest are stored, and the same file twice stores
        nothing twice.
      </p>
      <Section title="File and options" id={`${uid}-opts`}>
        <form
          aria-labelledby={`${uid}-opts`}
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <div className="row" style={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
            <label className="field">
              File to import
              <input
                type="file"
                accept=".csv,.ndjson,.jsonl,.json,.xml,text/csv,application/json,application/xml"
                onChange={(e) => choose(e.target.files?.[0] ?? null)}
              />
            </label>
            <label className="field">
              What the file holds
              <select
                style={{ maxWidth: '100%' }}
                value={o.kind}
                onChange={(e) => setO({ ...o, kind: e.target.value as ImportKindName, map: {} })}
              >
                <option value="signals">Signals (messages, reviews, tickets, disputes)</option>
                <option value="orders">Orders</option>
                <option value="products">Products</option>
              </select>
            </label>
            <label className="field">
              Preset
              <select value={o.preset} onChange={(e) => setO({ ...o, preset: e.target.value })}>
                <option value="auto">Recognise from the header row</option>
                <option value="none">None: map the columns myself</option>
                {presets.state === 'done' &&
                  presets.result.ok &&
                  presets.result.data
                    .filter((p) => p.kinds.includes(o.kind))
                    .map((p) => (
                      <option key={p.name} value={p.name}>
                        {p.label}
                      </option>
                    ))}
              </select>
            </label>
            <label className="field">
              Dates like 03/11/2026 are
              <select value={o.dateFormat} onChange={(e) => setO({ ...o, dateFormat: e.target.value })}>
                <option value="">not in the file</option>
                <option value="DD/MM/YYYY">day/month/year</option>
                <option value="MM/DD/YYYY">month/day/year</option>
              </select>
            </label>
            {o.kind === 'signals' && mapping && (
              <label className="field">
                Channel of every row
                <select value={o.channel} onChange={(e) => setO({ ...o, channel: e.target.value })}>
                  <option value="">from the file</option>
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {words(c)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button type="submit" className="primary" disabled={!file || busy || job?.status === 'running'}>
              Import file
            </button>
          </div>
          {mapping && columns.length > 0 && (
            <fieldset style={{ border: 0, padding: 0, marginTop: '.75rem' }}>
              <legend>Columns</legend>
              <div className="row" style={{ flexWrap: 'wrap' }}>
                {columns.map((c) => (
                  <label key={c} className="field">
                    {`Field for “${c}”`}
                    <select value={fieldOf(c)} onChange={(e) => setO({ ...o, map: { ...o.map, [c]: e.target.value } })}>
                      <option value="">not imported</option>
                      {FIELDS[o.kind].map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </form>
        {previewFailure && <ErrorNote result={previewFailure} />}
        {failure && <ErrorNote result={failure} />}
      </Section>

      {preview && <PreviewSection preview={preview} />}

      {job && (
        <Section
          title={job.status === 'running' ? 'Importing…' : job.status === 'done' ? 'Import done' : 'Import failed'}
          id={`${uid}-job`}
        >
          <h3 tabIndex={-1} ref={doneRef} className="muted" style={{ margin: 0, fontSize: '1rem' }}>
            {job.fileName}
          </h3>
          <progress
            aria-label="Import progress"
            max={Math.max(1, job.totalBytes)}
            value={job.status === 'running' ? job.bytes : job.totalBytes}
            style={{ width: '100%' }}
          />
          <p role="status" data-testid="import-status">
            {job.status === 'running' && `${job.read} rows read, ${job.inserted} new so far`}
            {job.status === 'failed' && job.error}
            {job.status === 'done' && job.summary && `${job.summary.inserted} new, ${job.summary.rejected} rejected`}
          </p>
          {job.summary && (
            <KeyValues
              rows={[
                ['Preset', job.summary.preset ?? 'none (columns mapped)'],
                ['Rows read', show(job.summary.read)],
                ['New', show(job.summary.inserted)],
                ['Updated', show(job.summary.updated)],
                ['Already there', show(job.summary.duplicates)],
                ['Rejected', show(job.summary.rejected)],
                ['Columns not imported', job.summary.ignoredColumns.length ? job.summary.ignoredColumns.join(', ') : 'none'],
              ]}
            />
          )}
          {job.rejectsUrl && (
            <p>
              <a href={job.rejectsUrl} download>
                Download rejected rows
              </a>{' '}
              <span className="muted">(one JSON line per row: its number, the reason, what it held)</span>
            </p>
          )}
        </Section>
      )}
    </>
  );
}

function PreviewSection({ preview }: { preview: ImportPreview }) {
  const keys = [...new Set(preview.rows.flatMap((r) => Object.keys(r.value)))];
  return (
    <Section title="Preview of the first rows">
      <p data-testid="import-preview-summary">
        {preview.preset ? `Recognised as ${preview.preset}.` : 'No preset: the columns are mapped as shown.'}{' '}
        {preview.ignoredColumns.length > 0 && <span className="muted">Not imported: {preview.ignoredColumns.join(', ')}.</span>}
      </p>
      {preview.rows.length > 0 && (
        <div className="table-wrap panel">
          <table className="data" data-testid="import-preview">
            <thead>
              <tr>
                <th scope="col">Row</th>
                {keys.map((k) => (
                  <th key={k} scope="col">
                    {k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  {keys.map((k) => (
                    <td key={k}>
                      <span className="clamp">{show(r.value[k])}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.rejects.length > 0 && (
        <>
          <h3>Rows that would be rejected</h3>
          <ul data-testid="import-preview-rejects">
            {preview.rejects.map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
