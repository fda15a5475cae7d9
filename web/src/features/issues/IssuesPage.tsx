import { Badge, Load, formatDate } from '../../shared/components.js';
import { Link, setSearch, useLocation } from '../../shared/router.js';
import { withQuery } from '../../shared/api.js';
import { useApi } from '../../shared/use-api.js';
import { ISSUE_STATUSES, ISSUE_TYPES, words } from '../../shared/vocab.js';

interface IssueItem { id: number; issueType: string; sku: string; batch: string | null; status: string; signalCount: number; lastSeenAt: string | null; representativeWording: string | null; ownerTeam: string | null; spike: { flagged: boolean } | null }

/** Repeated problems, the biggest first. */
export function IssuesPage() {
  const { search } = useLocation();
  const issueType = search.get('issueType') ?? '';
  const sku = search.get('sku') ?? '';
  const status = search.get('status') ?? '';
  const data = useApi<{ items: IssueItem[] }>(withQuery('/api/issues', { issueType, sku, status, limit: 200 }));
  return (
    <>
      <h1>Issues</h1>
      <form className="filters panel" role="search" aria-label="Filter issues" onSubmit={(e) => e.preventDefault()}>
        <label className="field">Issue type<select value={issueType} onChange={(e) => setSearch({ issueType: e.target.value })}><option value="">any</option>{ISSUE_TYPES.map((t) => <option key={t} value={t}>{words(t)}</option>)}</select></label>
        <label className="field">SKU<input value={sku} onChange={(e) => setSearch({ sku: e.target.value })} /></label>
        <label className="field">Status<select value={status} onChange={(e) => setSearch({ status: e.target.value })}><option value="">any</option>{ISSUE_STATUSES.map((t) => <option key={t} value={t}>{words(t)}</option>)}</select></label>
      </form>
      <Load value={data} what="the issue list">{(d) => d.items.length === 0 ? <p className="muted">No issues.</p> : (
        <div className="table-wrap panel"><table className="data" data-testid="issues-table">
          <thead><tr><th scope="col">Issue</th><th scope="col">SKU</th><th scope="col">Status</th><th scope="col">Signals</th><th scope="col">Last seen</th><th scope="col">Owner</th><th scope="col">Customers say</th></tr></thead>
          <tbody>{d.items.map((i) => (
            <tr key={i.id}><td><Link to={`/issues/${i.id}`}>{words(i.issueType)}{i.batch ? ` · ${i.batch}` : ''}</Link></td><td>{i.sku}</td>
              <td><Badge tone={i.spike?.flagged ? 'bad' : 'info'}>{words(i.status)}</Badge>{i.spike?.flagged ? <Badge tone="bad">spike</Badge> : null}</td><td>{i.signalCount}</td><td>{formatDate(i.lastSeenAt)}</td>
              <td>{words(i.ownerTeam)}</td><td>{i.representativeWording ?? ''}</td></tr>
          ))}</tbody>
        </table></div>
      )}</Load>
    </>
  );
}
