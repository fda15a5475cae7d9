import type { IssuePage } from '../../../../contracts/issues.js';
import { Badge, Load, formatDate } from '../../shared/components.js';
import { Link, setSearch, useLocation } from '../../shared/router.js';
import { withQuery } from '../../shared/api.js';
import { useApi } from '../../shared/use-api.js';
import { ISSUE_STATUSES, ISSUE_TYPES, words } from '../../shared/vocab.js';

/** Repeated problems, the biggest first (sorted by the API: sort=size). */
export function IssuesPage() {
  const { search } = useLocation();
  const issueType = search.get('issueType') ?? '';
  const sku = search.get('sku') ?? '';
  const status = search.get('status') ?? '';
  const data = useApi<IssuePage>(withQuery('/api/issues', { issueType, sku, status, sort: 'size', limit: 500 }));
  return (
    <>
      <h1>Issues</h1>
      <form className="filters panel" role="search" aria-label="Filter issues" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          Issue type
          <select value={issueType} onChange={(e) => setSearch({ issueType: e.target.value })}>
            <option value="">any</option>
            {ISSUE_TYPES.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          SKU
          <input value={sku} onChange={(e) => setSearch({ sku: e.target.value })} />
        </label>
        <label className="field">
          Status
          <select value={status} onChange={(e) => setSearch({ status: e.target.value })}>
            <option value="">any</option>
            {ISSUE_STATUSES.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <Load value={data} what="the issue list">
        {(d) =>
          d.items.length === 0 ? (
            <p className="muted">
              {issueType || sku || status
                ? 'No issue matches these filters.'
                : 'No repeated issues yet: an issue appears when signals share a problem and a SKU, batch, route or market.'}
            </p>
          ) : (
            <div className="table-wrap panel">
              <p className="muted" style={{ marginTop: 0 }}>
                {d.items.length} issue(s), most signals first
                {d.nextCursor ? '; only the 500 biggest are shown, narrow them with the filters' : ''}.
              </p>
              <table className="data" data-testid="issues-table">
                <thead>
                  <tr>
                    <th scope="col">Issue</th>
                    <th scope="col">SKU</th>
                    <th scope="col">Status</th>
                    <th scope="col">Signals</th>
                    <th scope="col">Last seen</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Customers say</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((i) => (
                    <tr key={i.id}>
                      <td>
                        <Link to={`/issues/${i.id}`}>
                          {words(i.issueType)}
                          {[i.batch, i.route, i.market]
                            .filter(Boolean)
                            .map((x) => ` · ${x}`)
                            .join('')}
                        </Link>
                      </td>
                      <td>{i.sku === '*' ? 'all SKUs' : i.sku}</td>
                      <td>
                        <Badge tone={i.status === 'praise' ? 'ok' : i.spike.flagged ? 'bad' : 'info'}>{words(i.status)}</Badge>
                        {i.spike.flagged ? <Badge tone="bad">spike{i.spike.at ? ` ${formatDate(i.spike.at)}` : ''}</Badge> : null}
                      </td>
                      <td>{i.signalCount}</td>
                      <td>{formatDate(i.lastSeenAt)}</td>
                      <td>{words(i.ownerTeam)}</td>
                      <td>
                        <div className="clamp" title={i.representativeWording ?? ''}>
                          {i.representativeWording ?? ''}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Load>
    </>
  );
}
