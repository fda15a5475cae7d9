import { diffWords } from 'diff';
import { useId, useState } from 'react';
import type { Knowledge, KnowledgeKind, KnowledgeList } from '../../../../contracts/actions.js';
import { api, withQuery, type ApiFailure } from '../../shared/api.js';
import { ErrorNote, Load, Section, formatDate, formatDateTime } from '../../shared/components.js';
import { GuardrailPreview, useGuardrails } from '../../shared/guardrails.js';
import { Link, setSearch, useLocation } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

const KINDS: KnowledgeKind[] = ['macro', 'faq', 'chatbot'];

/** Macros, FAQ and chatbot entries by SKU and kind: edit with a change note, every version with its diff. */
export function KnowledgePage() {
  const { search } = useLocation();
  const sku = search.get('sku') ?? '';
  const kind = search.get('kind') ?? '';
  const open = search.get('entry');
  const path = withQuery('/api/knowledge', { sku, kind });
  const data = useApi<KnowledgeList>(path);
  const [fresh, setFresh] = useState<{ path: string; items: Knowledge[] } | null>(null);
  const refresh = async () => {
    const r = await api.get<KnowledgeList>(path);
    if (r.ok) setFresh({ path, items: r.data.items });
  };
  return (
    <>
      <h1>Knowledge</h1>
      <p className="muted">
        What support says: macros (saved replies), FAQ entries and chatbot answers. Every edit is a new version with a note; the inbox's
        reply box offers the macros of a signal's SKU.
      </p>
      <form className="filters panel" role="search" aria-label="Filter knowledge" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          SKU
          <input value={sku} onChange={(e) => setSearch({ sku: e.target.value, entry: null })} />
        </label>
        <label className="field">
          Kind
          <select value={kind} onChange={(e) => setSearch({ kind: e.target.value, entry: null })}>
            <option value="">any</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {words(k)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <Load value={data} what="knowledge">
        {(d) => <KnowledgeBody items={fresh?.path === path ? fresh.items : d.items} open={open} onSaved={refresh} />}
      </Load>
    </>
  );
}

function KnowledgeBody({ items, open, onSaved }: { items: Knowledge[]; open: string | null; onSaved: () => Promise<void> }) {
  const { search } = useLocation();
  const editFirst = search.get('edit') === '1';
  const chosen = items.find((k) => k.id === open) ?? (editFirst ? items[0] : undefined);
  return (
    <>
      {items.length === 0 ? (
        <p className="muted" data-testid="knowledge-empty">
          No entry of this SKU and kind. Write one below.
        </p>
      ) : (
        <div className="table-wrap panel">
          <table className="data" data-testid="knowledge-table">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">SKU</th>
                <th scope="col">Title</th>
                <th scope="col">Version</th>
                <th scope="col">Updated</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {[...items]
                .sort((a, b) => (a.sku ?? '').localeCompare(b.sku ?? '') || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title))
                .map((k) => (
                  <tr key={k.id} aria-current={chosen?.id === k.id ? 'true' : undefined}>
                    <td>{words(k.kind)}</td>
                    <td>{k.sku ? <Link to={`/products/${encodeURIComponent(k.sku)}`}>{k.sku}</Link> : 'all'}</td>
                    <td>{k.title}</td>
                    <td>{k.version}</td>
                    <td>
                      {formatDate(k.updatedAt)} <span className="muted">{k.updatedBy}</span>
                    </td>
                    <td>
                      <button type="button" onClick={() => setSearch({ entry: k.id, edit: null })} aria-label={`Edit ${k.title}`}>
                        Edit
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen ? (
        <div className="grid-2">
          <EditEntry key={chosen.id} entry={chosen} onSaved={onSaved} />
          <History key={`h-${chosen.id}-${chosen.version}`} id={chosen.id} />
        </div>
      ) : (
        <NewEntry onSaved={onSaved} />
      )}
    </>
  );
}

function EditEntry({ entry, onSaved }: { entry: Knowledge; onSaved: () => Promise<void> }) {
  const [title, setTitle] = useState(entry.title);
  const [body, setBody] = useState(entry.body);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState<Knowledge | null>(null);
  const id = useId();
  const check = useGuardrails(body, { public: entry.kind !== 'macro' });
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const r = await api.put<Knowledge>(`/api/knowledge/${encodeURIComponent(entry.id)}`, { title, body, changeNote: note, actor: 'web' });
    if (!r.ok) return setError(r);
    setSaved(r.data);
    await onSaved();
  };
  return (
    <Section title={`Edit: ${entry.title}`}>
      <form className="stack" onSubmit={save} aria-label={`Edit ${entry.title}`}>
        <p className="muted">
          {words(entry.kind)} · {entry.sku ?? 'all SKUs'} · version {entry.version}
        </p>
        <label className="field">
          Title
          <input value={title} required maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          Text
          <textarea value={body} required maxLength={20_000} onChange={(e) => setBody(e.target.value)} aria-describedby={`${id}-g`} />
        </label>
        <GuardrailPreview id={`${id}-g`} text={body} findings={check.findings} error={check.error} />
        <label className="field">
          Change note (why)
          <input value={note} required minLength={3} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && <ErrorNote result={error} />}
        <button type="submit" className="primary">
          Save new version
        </button>
        {saved && (
          <p role="status" className="muted">
            Saved as version {saved.version}.
          </p>
        )}
      </form>
    </Section>
  );
}

/** Every version, newest first, each with what changed against the one before. */
function History({ id }: { id: string }) {
  const data = useApi<KnowledgeList>(`/api/knowledge/${encodeURIComponent(id)}/versions`);
  return (
    <Section title="Version history">
      <Load value={data} what="the versions">
        {(d) => {
          const byVersion = [...d.items].sort((a, b) => b.version - a.version);
          return (
            <ol className="timeline" data-testid="knowledge-versions">
              {byVersion.map((v, k) => {
                const prev = byVersion[k + 1];
                return (
                  <li key={v.version}>
                    <h3>Version {v.version}</h3>
                    <p className="muted">
                      {formatDateTime(v.updatedAt)} · {v.updatedBy}
                      {v.changeNote ? ` — ${v.changeNote}` : ''}
                    </p>
                    {prev ? (
                      <Diff before={`${prev.title}\n${prev.body}`} after={`${v.title}\n${v.body}`} />
                    ) : (
                      <p className="diff">{v.body}</p>
                    )}
                  </li>
                );
              })}
            </ol>
          );
        }}
      </Load>
    </Section>
  );
}

/** Word diff as text nodes in <ins>/<del>: the entries are our own words but never markup. */
export function Diff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <p className="diff" data-testid="knowledge-diff">
      {parts.map((p, k) =>
        p.added ? (
          <ins key={k} className="diff-add">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={k} className="diff-del">
            {p.value}
          </del>
        ) : (
          <span key={k}>{p.value}</span>
        ),
      )}
    </p>
  );
}

/** A new entry for a SKU and kind (from the filters, or a decision that corrected a claim). */
function NewEntry({ onSaved }: { onSaved: () => Promise<void> }) {
  const { search } = useLocation();
  const [kind, setKind] = useState<KnowledgeKind>((search.get('kind') as KnowledgeKind) || 'faq');
  const [sku, setSku] = useState(search.get('sku') ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [note, setNote] = useState(search.get('decision') ? `after decision ${search.get('decision')}` : '');
  const [error, setError] = useState<ApiFailure | null>(null);
  const issue = Number(search.get('issue')) || undefined;
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const id = `${kind}-${(sku || 'all').toLowerCase()}-${title.toLowerCase()}`
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/-+$/g, '')
      .slice(0, 100);
    const r = await api.put<Knowledge>(`/api/knowledge/${id}`, {
      kind,
      title,
      body,
      ...(sku ? { sku } : {}),
      ...(issue ? { issueId: issue } : {}),
      changeNote: note,
      actor: 'web',
    });
    if (!r.ok) return setError(r);
    setSearch({ entry: r.data.id, edit: null });
    await onSaved();
  };
  return (
    <Section title="New entry">
      <form className="stack" onSubmit={save} aria-label="New knowledge entry">
        <div className="row">
          <label className="field">
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value as KnowledgeKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {words(k)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            SKU (empty: all)
            <input value={sku} onChange={(e) => setSku(e.target.value)} />
          </label>
        </div>
        <label className="field">
          Title
          <input value={title} required maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          Text
          <textarea value={body} required onChange={(e) => setBody(e.target.value)} />
        </label>
        <label className="field">
          Change note (why)
          <input value={note} required minLength={3} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && <ErrorNote result={error} />}
        <button type="submit" className="primary">
          Create entry
        </button>
      </form>
    </Section>
  );
}
