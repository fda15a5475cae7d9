import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { setSearch, useLocation } from '../../shared/router.js';
import { BulkBar } from './BulkBar.js';
import { InboxFilters } from './InboxFilters.js';
import { SignalDetailPane } from './SignalDetailPane.js';
import { SignalTable } from './SignalTable.js';
import { FILTER_KEYS, apiFilters, type Filters } from './types.js';
import { useSignalPages } from './use-signal-pages.js';
import { useSession } from '../../shared/session.js';

const VIEWS = [
  { label: 'All', assignee: '' },
  { label: 'Mine', assignee: 'me' },
  { label: 'Unassigned', assignee: 'none' },
] as const;

/** The queue's views by assignee; with no accounts (one person) nothing is assigned, so there are none. */
function AssigneeViews({ value, onChange }: { value: string; onChange: (assignee: string) => void }) {
  const { session } = useSession();
  if (session?.mode !== 'signed_in') return null;
  return (
    <div className="row" role="group" aria-label="Views" style={{ marginBottom: '.5rem' }}>
      {VIEWS.map((v) => (
        <button key={v.label} type="button" aria-pressed={value === v.assignee} onClick={() => onChange(v.assignee)}>
          {v.label}
        </button>
      ))}
    </div>
  );
}

/** The work queue (open signals, most overdue first) or any view of the signals; filters and the open signal live in the URL. */
export function InboxPage() {
  const { search } = useLocation();
  const filterKey = FILTER_KEYS.map((k) => search.get(k) ?? '').join('\u0000');
  // Built from filterKey, not `search`: a new URL with the same filters keeps the same object (no refetch).
  const filters = useMemo<Filters>(() => {
    const values = filterKey.split('\u0000');
    return Object.fromEntries(FILTER_KEYS.map((k, i) => [k, values[i] ?? '']).filter(([, v]) => v));
  }, [filterKey]);
  const query = useMemo(() => apiFilters(filters), [filters]);
  const pages = useSignalPages(query);
  const openId = search.get('signal') ? Number(search.get('signal')) : null;
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [note, setNote] = useState<string | null>(null);
  // On a phone the filters fold away behind a button; on a laptop they are always shown.
  const [showFilters, setShowFilters] = useState(false);

  // Marks when the first page (rows, or the empty state) is in the DOM and then painted; the
  // benchmark (bench/web.ts) reads these marks, measured from navigation start.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (marked.current || !pages.firstLoaded) return;
    marked.current = true;
    performance.mark('inbox-first-page');
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => performance.mark('inbox-first-page-painted');
      ch.port2.postMessage(0);
    });
  }, [pages.firstLoaded]);

  const open = (id: number | null) => setSearch({ signal: id === null ? null : String(id) });
  const toggle = (id: number) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <>
      <h1>Inbox</h1>
      <div className={`inbox ${openId ? 'has-detail' : 'no-detail'}`}>
        <div className="inbox-list">
          <AssigneeViews
            value={filters.assignee ?? ''}
            onChange={(assignee) => {
              setSelected(new Set());
              setSearch({ assignee: assignee || null, signal: null });
            }}
          />
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={showFilters}
            aria-controls="inbox-filters"
            onClick={() => setShowFilters((v) => !v)}
          >
            Filters{Object.keys(filters).length ? ` (${Object.keys(filters).length} changed)` : ''}
          </button>
          <InboxFilters
            collapsed={!showFilters}
            filters={filters}
            onChange={(patch) => {
              setSelected(new Set());
              setSearch({ ...patch, signal: null });
            }}
          />
          {selected.size > 0 && (
            <BulkBar
              ids={[...selected]}
              onClear={() => setSelected(new Set())}
              onDone={(m) => {
                setNote(m);
                setSelected(new Set());
                pages.refresh();
              }}
            />
          )}
          {pages.error && (
            <p role="alert" className="error" style={{ padding: '.5rem' }}>
              Could not load signals: {pages.error}
            </p>
          )}
          {!pages.loading && pages.firstLoaded && pages.items.length === 0 && (
            <p className="muted" style={{ padding: '.5rem' }} data-testid="inbox-empty">
              No signals match these filters.
            </p>
          )}
          <SignalTable
            items={pages.items}
            hasMore={Boolean(pages.nextCursor)}
            loading={pages.loading}
            onLoadMore={pages.loadMore}
            openId={openId}
            compact={openId !== null}
            order={query.sort === 'slaDue' ? 'SLA due soonest first' : 'newest first'}
            onOpen={open}
            onClose={() => open(null)}
            selected={selected}
            onToggle={toggle}
            onToggleAll={(on) => setSelected(on ? new Set(pages.items.map((i) => i.id)) : new Set())}
          />
          <div className="list-foot" aria-live="polite">
            {pages.loading ? 'Loading…' : `${pages.items.length.toLocaleString()} loaded${pages.nextCursor ? ', more as you scroll' : ''}`}
            {note && ` · ${note}`}
          </div>
        </div>
        {openId !== null && (
          <SignalDetailPane
            key={openId}
            id={openId}
            // Focus goes back to the signal's row, so ↑/↓ carry on from there. On a phone the list was
            // hidden and renders its rows a few frames after it shows again, hence the retries.
            onClose={() => {
              const closed = openId;
              open(null);
              let tries = 0;
              const refocus = () => {
                const row = document.querySelector<HTMLElement>(`[data-testid="signal-row"][data-signal-id="${closed}"]`);
                if (row) row.focus();
                else if (++tries < 10) requestAnimationFrame(refocus);
              };
              requestAnimationFrame(refocus);
            }}
            // Only routing fields: the list keeps its masked wording, never the detail's verbatim text.
            onChanged={(s) =>
              pages.patchItem(s.id, {
                issueTypes: s.issueTypes,
                ownerTeam: s.ownerTeam,
                assigneeId: s.assigneeId,
                status: s.status,
                labelsCorrected: s.labelsCorrected,
                sla: s.sla,
              })
            }
          />
        )}
      </div>
    </>
  );
}
