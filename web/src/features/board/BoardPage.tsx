import { useMemo, useState } from 'react';
import type { BoardItem, BoardPage as BoardAnswer } from '../../../../contracts/actions.js';
import { Badge, Load } from '../../shared/components.js';
import { Link, setSearch, useLocation } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { ACTION_STATUSES, OWNER_TEAMS, words } from '../../shared/vocab.js';
import { BOARD_COLUMNS, filterRows, groupRows, sortRows, toBoardRow, toCsv, type BoardRow, type SortState } from './board-rows.js';

/** The customer voice action board: every write-back action, as a table or as columns by status. */
export function BoardPage() {
  const data = useApi<BoardAnswer>('/api/actions?limit=500');
  return (
    <>
      <h1>Action board</h1>
      <Load value={data} what="the action board">
        {(d) => <Board items={d.items} />}
      </Load>
    </>
  );
}

function Board({ items }: { items: BoardItem[] }) {
  const { search } = useLocation();
  const view = search.get('view') === 'columns' ? 'columns' : 'table';
  const group = (search.get('group') ?? 'none') as 'none' | 'sku' | 'ownerTeam';
  const text = search.get('q') ?? '';
  const status = search.get('status') ?? '';
  const team = search.get('team') ?? '';
  const [sort, setSort] = useState<SortState | null>(null);
  const all = useMemo(() => items.map(toBoardRow), [items]);
  const rows = useMemo(() => sortRows(filterRows(all, { text, status, ownerTeam: team }), sort), [all, text, status, team, sort]);
  const groups = groupRows(rows, group);
  const statuses = [...new Set([...ACTION_STATUSES, ...all.map((r) => r.status)])];

  const exportCsv = () => {
    const csv = toCsv(groups, group === 'none' ? null : group === 'sku' ? 'SKU' : 'Owner team');
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `action-board-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const toggleSort = (key: keyof BoardRow) =>
    setSort((s) => (s?.key === key ? (s.dir === 'asc' ? { key, dir: 'desc' } : null) : { key, dir: 'asc' }));

  return (
    <>
      <form className="filters panel" role="search" aria-label="Filter the board" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          Words
          <input type="search" value={text} onChange={(e) => setSearch({ q: e.target.value })} />
        </label>
        <label className="field">
          Status
          <select value={status} onChange={(e) => setSearch({ status: e.target.value })}>
            <option value="">any</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Owner team
          <select value={team} onChange={(e) => setSearch({ team: e.target.value })}>
            <option value="">any</option>
            {OWNER_TEAMS.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Group by
          <select value={group} onChange={(e) => setSearch({ group: e.target.value === 'none' ? null : e.target.value })}>
            <option value="none">nothing</option>
            <option value="sku">SKU</option>
            <option value="ownerTeam">owner team</option>
          </select>
        </label>
        <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="muted" style={{ fontSize: '.8rem' }}>
            View
          </legend>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setSearch({ view: null })}>
            Table
          </button>
          <button type="button" aria-pressed={view === 'columns'} onClick={() => setSearch({ view: 'columns' })}>
            Columns by status
          </button>
        </fieldset>
        <button type="button" className="primary" onClick={exportCsv} disabled={rows.length === 0}>
          Export CSV ({rows.length})
        </button>
      </form>
      {items.length === 0 && (
        <p className="muted" data-testid="board-empty">
          No write-back actions yet. They appear when a repeated issue is routed to a playbook.
        </p>
      )}
      {view === 'table' ? (
        groups.map(([g, rs]) => (
          <section key={g || 'all'} className="panel" aria-label={g ? `Group ${g}` : 'Actions'}>
            {g && (
              <h2>
                {g} <span className="muted">({rs.length})</span>
              </h2>
            )}
            <div className="table-wrap">
              <table className="data" data-testid="board-table">
                <thead>
                  <tr>
                    {BOARD_COLUMNS.map((c) => (
                      <th
                        key={c.key}
                        scope="col"
                        aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                      >
                        <button type="button" onClick={() => toggleSort(c.key)}>
                          {c.label}
                          {sort?.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rs.map((r) => (
                    <tr key={r.id}>
                      {BOARD_COLUMNS.map((c) => (
                        <td key={c.key}>
                          {c.key === 'issueType' && r.issueId ? (
                            <Link to={`/issues/${r.issueId}`}>{r.issueType}</Link>
                          ) : c.key === 'sku' && r.sku && r.sku !== '*' ? (
                            <Link to={`/products/${encodeURIComponent(r.sku)}`}>{r.sku}</Link>
                          ) : c.key === 'slaState' && r.slaState ? (
                            <Badge tone={r.slaState === 'breached' ? 'bad' : r.slaState === 'at risk' ? 'warn' : 'ok'}>{r.slaState}</Badge>
                          ) : c.key === 'status' ? (
                            <Badge tone="info">{words(r.status)}</Badge>
                          ) : c.key === 'wording' || c.key === 'action' ? (
                            <div className="clamp" title={r[c.key]}>
                              {r[c.key]}
                            </div>
                          ) : (
                            r[c.key]
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      ) : (
        <div className="columns" data-testid="board-columns">
          {statuses.map((s) => {
            const rs = rows.filter((r) => r.status === s);
            return (
              <section key={s} className="column" aria-label={`${words(s)}: ${rs.length}`}>
                <h3>
                  {words(s)} <span className="muted">({rs.length})</span>
                </h3>
                {rs.length === 0 && (
                  <p className="muted" style={{ margin: '.2rem' }}>
                    None.
                  </p>
                )}
                {groupRows(rs, group).map(([g, gr]) => (
                  <div key={g || 'all'}>
                    {g && (
                      <h4 className="muted" style={{ margin: '.3rem' }}>
                        {g}
                      </h4>
                    )}
                    {gr.map((r) => (
                      <article key={r.id} className="card" aria-label={`Action ${r.id}`}>
                        <div className="row">
                          <strong className="grow">{r.location}</strong>
                          {r.slaState && <Badge tone={r.slaState === 'breached' ? 'bad' : 'neutral'}>{r.slaState}</Badge>}
                        </div>
                        <div>{r.action}</div>
                        <div className="muted">
                          {r.issueId ? (
                            <Link to={`/issues/${r.issueId}`}>
                              {r.issueType} · {r.sku}
                            </Link>
                          ) : (
                            `${r.issueType} · ${r.sku}`
                          )}
                        </div>
                        {r.wording && (
                          <div className="quote clamp" title={r.wording}>
                            {r.wording}
                          </div>
                        )}
                        <div className="muted">
                          {r.owner}
                          {r.dueAt ? ` · due ${r.dueAt}` : ''}
                          {r.reviewDate ? ` · review ${r.reviewDate}` : ''}
                        </div>
                        {r.escalation && <div className="error">{r.escalation}</div>}
                      </article>
                    ))}
                  </div>
                ))}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
