import type { UgcAssetPage } from '../../../../contracts/ugc.js';
import { Badge, Load, formatDate } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

function safeUrl(u: string): string | null {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

const TONE: Record<string, string> = { granted: 'ok', requested: 'info', denied: 'bad', revoked: 'bad', expired: 'warn', none: 'neutral' };

/** Customer content worth reusing, with what each channel may do with it right now. */
export function UgcPage() {
  const data = useApi<UgcAssetPage>('/api/ugc/assets?limit=200');
  return (
    <>
      <h1>UGC library</h1>
      <Load value={data} what="the UGC library">
        {(d) => {
          const channels = [...new Set(d.items.flatMap((a) => Object.keys(a.permissions) as (keyof typeof a.permissions)[]))];
          return d.items.length === 0 ? (
            <p className="muted" data-testid="ugc-empty">
              No assets yet. An asset is added from a signal through the API (<code>POST /api/ugc/assets</code>); this page cannot add one
              yet. Candidates: <Link to="/inbox?issueType=praise">praise in the inbox</Link>, especially with a photo or video.
            </p>
          ) : (
            <div className="table-wrap panel">
              <table className="data" data-testid="ugc-table">
                <thead>
                  <tr>
                    <th scope="col">Asset</th>
                    <th scope="col">Source</th>
                    {channels.map((c) => (
                      <th key={c} scope="col">
                        {words(c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Badge>{words(a.kind)}</Badge> #{a.id}
                        <div className="muted">{formatDate(a.createdAt)}</div>
                        {a.mediaUrl &&
                          (safeUrl(a.mediaUrl) ? (
                            <a href={safeUrl(a.mediaUrl)!} target="_blank" rel="noopener noreferrer nofollow">
                              media
                            </a>
                          ) : (
                            <div className="muted" style={{ overflowWrap: 'anywhere' }}>
                              {a.mediaUrl}
                            </div>
                          ))}
                      </td>
                      <td>
                        <div className="quote clamp" title={a.source.text}>
                          {a.source.text}
                        </div>
                        <span className="muted">
                          {a.source.rating ? `${a.source.rating}/5 · ` : ''}
                          {a.source.sku ?? ''} · <Link to={`/inbox?signal=${a.signalId}`}>signal {a.signalId}</Link>
                        </span>
                      </td>
                      {channels.map((c) => {
                        const p = a.permissions[c];
                        return (
                          <td key={c}>
                            <Badge tone={TONE[p?.state ?? 'none'] ?? 'neutral'}>{words(p?.state ?? 'none')}</Badge>
                            {p?.until && <div className="muted">until {formatDate(p.until)}</div>}
                            {p?.editScope && <div className="muted">edits: {words(p.editScope)}</div>}
                            {p?.incentiveGiven && (
                              <div className={p.incentiveDisclosed ? 'muted' : 'error'}>
                                incentive {p.incentiveDisclosed ? 'disclosed' : 'not disclosed'}
                              </div>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </Load>
    </>
  );
}
