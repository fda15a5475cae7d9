import { useState } from 'react';
import type { EditScope, UgcAsset, UgcAssetPage, UgcChannel, UgcPermissionRecorded, UgcPlacement } from '../../../../contracts/ugc.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { Badge, ErrorNote, Load, Section, formatDate } from '../../shared/components.js';
import { Link, setSearch, useLocation } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { Thumbnail } from '../ugc/Thumbnail.js';

const CHANNELS: UgcChannel[] = ['product_page', 'email', 'ads', 'social', 'homepage'];
const EDIT_SCOPES: EditScope[] = ['as_is', 'crop_resize', 'excerpt', 'full_edit'];
const TONE: Record<string, string> = { granted: 'ok', requested: 'info', denied: 'bad', revoked: 'bad', expired: 'warn', none: 'neutral' };
const PATH = '/api/ugc/assets?limit=200';

/** Customer content worth reusing, what each channel may do with it now, and the ledger's forms. */
export function UgcPage() {
  const data = useApi<UgcAssetPage>(PATH);
  const [fresh, setFresh] = useState<UgcAsset[] | null>(null);
  const refresh = async () => {
    const r = await api.get<UgcAssetPage>(PATH);
    if (r.ok) setFresh(r.data.items);
  };
  return (
    <>
      <h1>UGC library</h1>
      <Load value={data} what="the UGC library">
        {(d) => <Library items={fresh ?? d.items} onChanged={refresh} />}
      </Load>
    </>
  );
}

function Library({ items, onChanged }: { items: UgcAsset[]; onChanged: () => Promise<void> }) {
  const { search } = useLocation();
  const open = Number(search.get('asset')) || null;
  const chosen = items.find((a) => a.id === open);
  if (items.length === 0)
    return (
      <p className="muted" data-testid="ugc-empty">
        No assets yet. Open a signal in the inbox and use “Save as UGC asset”. Candidates:{' '}
        <Link to="/inbox?issueType=praise">praise in the inbox</Link>, especially with a photo or video.
      </p>
    );
  return (
    <>
      <div className="table-wrap panel">
        <table className="data" data-testid="ugc-table">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col">Source</th>
              {CHANNELS.map((c) => (
                <th key={c} scope="col">
                  {words(c)}
                </th>
              ))}
              <th scope="col">Permission</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} aria-current={a.id === open ? 'true' : undefined}>
                <td>
                  <Badge>{words(a.kind)}</Badge> #{a.id}
                  <div className="muted">{formatDate(a.createdAt)}</div>
                  {a.mediaUrl && <Thumbnail url={a.mediaUrl} kind={a.kind} />}
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
                {CHANNELS.map((c) => {
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
                      {a.placements[c] ? <div className="muted">placed {a.placements[c]}×</div> : null}
                    </td>
                  );
                })}
                <td>
                  <button type="button" onClick={() => setSearch({ asset: String(a.id) })} aria-label={`Manage asset ${a.id}`}>
                    Manage
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen && (
        <div className="grid-2">
          <Ledger key={`l-${chosen.id}`} asset={chosen} onChanged={onChanged} />
          <Place key={`p-${chosen.id}`} asset={chosen} onChanged={onChanged} />
        </div>
      )}
    </>
  );
}

type EntryKind = 'requested' | 'granted' | 'denied' | 'revoked';

/** The permission ledger's form: requested, granted (channels, expiry, edit scope, incentive), denied, revoked. */
function Ledger({ asset, onChanged }: { asset: UgcAsset; onChanged: () => Promise<void> }) {
  const [kind, setKind] = useState<EntryKind>('granted');
  const [channels, setChannels] = useState<UgcChannel[]>([]);
  const [until, setUntil] = useState('');
  const [editScope, setEditScope] = useState<EditScope>('as_is');
  const [incentiveGiven, setIncentiveGiven] = useState(false);
  const [incentiveDisclosed, setIncentiveDisclosed] = useState(false);
  const [by, setBy] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const toggle = (c: UgcChannel) => setChannels((cs) => (cs.includes(c) ? cs.filter((x) => x !== c) : [...cs, c]));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const common = { recordedBy: by.trim() || 'web', ...(note.trim() ? { note: note.trim() } : {}) };
    const body =
      kind === 'granted'
        ? { kind, channels, until: until ? `${until}T23:59:59Z` : null, editScope, incentiveGiven, incentiveDisclosed, ...common }
        : kind === 'requested'
          ? { kind, channels, ...common }
          : { kind, ...(channels.length ? { channels } : {}), ...common };
    const r = await api.post<UgcPermissionRecorded>(`/api/ugc/assets/${asset.id}/permissions`, body);
    if (!r.ok) return setError(r);
    setDone(`Recorded: ${words(kind)}${channels.length ? ` for ${channels.map(words).join(', ')}` : ' for every channel'}.`);
    await onChanged();
  };
  return (
    <Section title={`Permission for asset ${asset.id}`}>
      <form className="stack" onSubmit={submit} aria-label={`Permission for asset ${asset.id}`}>
        <label className="field">
          What happened
          <select value={kind} onChange={(e) => setKind(e.target.value as EntryKind)}>
            <option value="requested">asked the customer (requested)</option>
            <option value="granted">the customer agreed (granted)</option>
            <option value="denied">the customer said no (denied)</option>
            <option value="revoked">the customer withdrew it (revoked)</option>
          </select>
        </label>
        <fieldset>
          <legend>Channels{kind === 'denied' || kind === 'revoked' ? ' (none: every channel)' : ''}</legend>
          {CHANNELS.map((c) => (
            <label key={c} className="row">
              <input type="checkbox" checked={channels.includes(c)} onChange={() => toggle(c)} /> {words(c)}
            </label>
          ))}
        </fieldset>
        {kind === 'granted' && (
          <>
            <label className="field">
              Expires on (empty: no end date)
              <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
            </label>
            <label className="field">
              Edits allowed
              <select value={editScope} onChange={(e) => setEditScope(e.target.value as EditScope)}>
                {EDIT_SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {words(s)}
                  </option>
                ))}
              </select>
            </label>
            <label className="row">
              <input type="checkbox" checked={incentiveGiven} onChange={(e) => setIncentiveGiven(e.target.checked)} /> an incentive was
              given
            </label>
            <label className="row">
              <input type="checkbox" checked={incentiveDisclosed} onChange={(e) => setIncentiveDisclosed(e.target.checked)} /> the incentive
              is disclosed with the post
            </label>
          </>
        )}
        <label className="field">
          Recorded by
          <input value={by} maxLength={200} onChange={(e) => setBy(e.target.value)} />
        </label>
        <label className="field">
          Note
          <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && <ErrorNote result={error} />}
        <button type="submit" className="primary">
          {kind === 'granted' ? 'Grant permission' : `Record ${words(kind)}`}
        </button>
        {done && (
          <p role="status" className="muted">
            {done}
          </p>
        )}
      </form>
      <h3>Ledger</h3>
      {asset.entries.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {asset.entries.map((e) => (
            <li key={e.id}>
              <Badge tone={TONE[e.kind] ?? 'neutral'}>{words(e.kind)}</Badge> {(e.channels ?? []).map(words).join(', ') || 'every channel'}{' '}
              <span className="muted">
                {formatDate(e.at)} · {e.recordedBy}
                {e.kind === 'granted' ? ` · edits ${words(e.editScope)}${e.until ? ` · until ${formatDate(e.until)}` : ''}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** Place the asset on a channel: the server refuses without a valid grant and says why. */
function Place({ asset, onChanged }: { asset: UgcAsset; onChanged: () => Promise<void> }) {
  const [channel, setChannel] = useState<UgcChannel>('product_page');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const place = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await api.post<UgcPlacement>(`/api/ugc/assets/${asset.id}/placements`, { channel, placedBy: 'web' });
    if (r.ok) {
      setResult({
        ok: true,
        text: `Placed on ${words(channel)} (edits ${words(r.data.editScope)}${r.data.until ? `, until ${formatDate(r.data.until)}` : ''}).`,
      });
      await onChanged();
    } else setResult({ ok: false, text: `Refused: ${r.message}` });
  };
  return (
    <Section title={`Use asset ${asset.id}`}>
      <form className="row" onSubmit={place} aria-label={`Place asset ${asset.id}`}>
        <label className="field">
          Channel
          <select value={channel} onChange={(e) => setChannel(e.target.value as UgcChannel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {words(c)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Place on channel</button>
      </form>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'muted' : 'error'} data-testid="placement-result">
          {result.text}
        </p>
      )}
    </Section>
  );
}
