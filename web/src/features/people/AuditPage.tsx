import { useEffect, useState } from 'react';
import type { AuditItem, AuditPage as AuditAnswer } from '../../../../contracts/people.js';
import { api, withQuery, type ApiFailure } from '../../shared/api.js';
import { ErrorNote, Loading, formatDateTime } from '../../shared/components.js';
import { setSearch, useLocation } from '../../shared/router.js';

const FILTERS = [
  { key: 'actor', label: 'Who (email or id)' },
  { key: 'type', label: 'Event type (or family, "action.")' },
  { key: 'subject', label: 'Subject ("signal" or "signal:42")' },
  { key: 'from', label: 'From (date)' },
  { key: 'to', label: 'To (date)' },
] as const;

/** The append-only event log: who did what, to what, and when; filters live in the URL. */
export function AuditPage() {
  const { search } = useLocation();
  const query = Object.fromEntries(FILTERS.map((f) => [f.key, search.get(f.key) ?? '']));
  const key = JSON.stringify(query);
  const [items, setItems] = useState<AuditItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const load = async (cursor: string | null, signal?: AbortSignal) => {
    const r = await api.get<AuditAnswer>(withQuery('/api/audit', { ...JSON.parse(key), limit: 50, cursor }), signal);
    if (!r.ok) return setFailure(r);
    setFailure(null);
    setItems((cur) => (cursor && cur ? [...cur, ...r.data.items] : r.data.items));
    setNext(r.data.nextCursor);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads when the filters (key) change
  useEffect(() => {
    const ctl = new AbortController();
    setItems(null);
    load(null, ctl.signal).catch(() => {});
    return () => ctl.abort();
  }, [key]);
  return (
    <>
      <h1>Audit trail</h1>
      <form className="row" aria-label="Audit filters" onSubmit={(e) => e.preventDefault()}>
        {FILTERS.map((f) => (
          <label key={f.key} className="field">
            {f.label}
            <input
              type={f.key === 'from' || f.key === 'to' ? 'date' : 'text'}
              defaultValue={query[f.key]}
              onChange={(e) => setSearch({ [f.key]: e.target.value.trim() })}
            />
          </label>
        ))}
      </form>
      {failure && <ErrorNote result={failure} />}
      {items === null && !failure && <Loading what="the audit trail" />}
      {items && (
        <div className="table-wrap panel">
          <table className="data" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Subject</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} data-testid="audit-row">
                  <td>{formatDateTime(i.at)}</td>
                  <td>
                    {i.actor.name}
                    {i.actor.email && <span className="muted"> {i.actor.email}</span>}
                  </td>
                  <td>{i.type}</td>
                  <td>{i.subjectType ? `${i.subjectType} ${i.subjectId ?? ''}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {items.length === 0 && <p className="muted">Nothing matches.</p>}
        </div>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          Older events
        </button>
      )}
    </>
  );
}
