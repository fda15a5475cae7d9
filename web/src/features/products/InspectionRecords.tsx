import { useId, useState, type FormEvent } from 'react';
import { INSPECTION_RESULTS, type InspectionList, type InspectionResult } from '../../../../contracts/inspections.js';
import { api, withQuery, type ApiFailure } from '../../shared/api.js';
import { Badge, ErrorNote, Load, formatDate } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';

const RESULT_TONE: Record<InspectionResult, 'ok' | 'warn' | 'bad'> = { pass: 'ok', conditional: 'warn', fail: 'bad' };

/**
 * A batch's QA inspection records on the product file, and a form to add one (date, inspector,
 * result, notes, photo addresses). The records are what a complaint's trace and the supplier
 * packet show beside the customer's photos.
 */
export function InspectionRecords({ sku, batches }: { sku: string; batches: string[] }) {
  const id = useId();
  const [batch, setBatch] = useState(batches[0] ?? '');
  const records = useApi<InspectionList>(batch ? withQuery('/api/inspections', { batch, sku }) : null);
  const [f, setF] = useState({ date: '', inspector: '', result: 'pass' as InspectionResult, notes: '', photos: '' });
  const [error, setError] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setF((o) => ({ ...o, [k]: e.target.value }));

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setDone('');
    const r = await api.post<{ id: number }>('/api/inspections', {
      batch: batch.trim(),
      sku,
      // A date picked in the page is that day's start in the browser's zone.
      inspectedAt: f.date ? new Date(`${f.date}T00:00:00`).toISOString() : '',
      inspector: f.inspector,
      result: f.result,
      notes: f.notes.trim() || null,
      photos: f.photos.split(/\s+/).filter(Boolean),
    });
    setBusy(false);
    if (!r.ok) return setError(r);
    setError(null);
    setF({ date: '', inspector: '', result: 'pass', notes: '', photos: '' });
    setDone(`Inspection of batch ${batch.trim()} recorded.`);
    records.reload();
  };

  return (
    <div>
      <label className="field">
        Batch
        <input list={`${id}-batches`} value={batch} onChange={(e) => setBatch(e.target.value)} />
        <datalist id={`${id}-batches`}>
          {batches.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
      </label>
      {batch ? (
        <Load value={records} what="the inspection records">
          {(l) =>
            l.items.length === 0 ? (
              <p className="muted">No inspection record for batch {batch}.</p>
            ) : (
              <ul aria-label={`Inspection records of batch ${batch}`}>
                {l.items.map((r) => (
                  <li key={r.id}>
                    {formatDate(r.inspectedAt)} · {r.inspector} <Badge tone={RESULT_TONE[r.result]}>{r.result}</Badge>
                    {r.notes ? <div className="quote">{r.notes}</div> : null}
                    {r.photos.length > 0 && <div className="muted">{r.photos.length} photo(s)</div>}
                  </li>
                ))}
              </ul>
            )
          }
        </Load>
      ) : (
        <p className="muted">Name a batch to see or add its inspections.</p>
      )}
      <form onSubmit={submit} aria-labelledby={`${id}-h`} className="stack">
        <h3 id={`${id}-h`}>Add an inspection</h3>
        <label className="field">
          Inspection date
          <input type="date" required value={f.date} onChange={set('date')} />
        </label>
        <label className="field">
          Inspector
          <input required value={f.inspector} onChange={set('inspector')} autoComplete="name" />
        </label>
        <label className="field">
          Result
          <select value={f.result} onChange={set('result')}>
            {INSPECTION_RESULTS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Notes
          <textarea rows={3} value={f.notes} onChange={set('notes')} />
        </label>
        <label className="field">
          Photo addresses (one per line)
          <textarea rows={2} value={f.photos} onChange={set('photos')} />
        </label>
        <button type="submit" className="primary" disabled={busy || !batch.trim()}>
          Record inspection
        </button>
        {error && <ErrorNote result={error} />}
        <p role="status">{done}</p>
      </form>
    </div>
  );
}
