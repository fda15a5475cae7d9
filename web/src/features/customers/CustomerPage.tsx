import { useRef, useState } from 'react';
import type { CustomerErasure, CustomerFile } from '../../../../contracts/customers.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { Badge, ErrorNote, KeyValues, Load, Section, formatDate, formatDateTime } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

/**
 * A customer's history as an agent reads it (GET /api/customers/:id): their orders, what they
 * wrote and what they were answered, and the UGC made from it; with the two requests a customer
 * can make about their data: a copy (Export) and erasure (Erase, confirmed in a dialog).
 * Customer words are rendered as text, never as HTML.
 */
export function CustomerPage({ id }: { id: string }) {
  const path = `/api/customers/${encodeURIComponent(id)}`;
  const file = useApi<CustomerFile>(path);
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [erased, setErased] = useState<CustomerErasure | null>(null);
  const [failed, setFailed] = useState<ApiFailure | null>(null);

  const erase = async () => {
    setBusy(true);
    const r = await api.post<CustomerErasure>(`${path}/erase`, {});
    setBusy(false);
    dialog.current?.close();
    if (r.ok) {
      setErased(r.data);
      setFailed(null);
      file.reload();
    } else setFailed(r);
  };

  return (
    <>
      <h1>Customer · {id}</h1>
      <div className="toolbar" role="group" aria-label="The customer's data">
        <a className="button" href={`${path}/export`} download>
          Export data (zip)
        </a>
        <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
          Erase customer data
        </button>
      </div>
      {erased && (
        <p role="status" className="note">
          Erased: {erased.counts.signals} signals, {erased.counts.replies} replies, {erased.counts.orders} orders,{' '}
          {erased.counts.attachments} attachments, {erased.counts.ugcAssets} UGC assets, {erased.counts.events} log entries. Counts in
          reports stay, anonymous.
        </p>
      )}
      {failed && <ErrorNote result={failed} />}
      <dialog ref={dialog} aria-labelledby="erase-title" className="dialog">
        <h2 id="erase-title">Erase everything held about {id}?</h2>
        <p>
          Their words, names, emails, phones, addresses and attachments are removed from every record, the event log and stored reports;
          permissions to reuse their content are revoked. This cannot be undone. Counts in reports stay, anonymous.
        </p>
        <div className="toolbar">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="danger" onClick={erase} disabled={busy}>
            {busy ? 'Erasing…' : 'Erase'}
          </button>
        </div>
      </dialog>
      <Load value={file} what="the customer's history">
        {(f) => (
          <>
            <Section title="Customer">
              <KeyValues
                rows={[
                  ['Id', f.customerId],
                  ['Tier', f.tier],
                  ['Erased', f.erasedAt ? formatDateTime(f.erasedAt) : 'no'],
                ]}
              />
            </Section>
            <Section title={`Orders (${f.orders.length})`}>
              {f.orders.length === 0 ? (
                <p className="muted">None.</p>
              ) : (
                <div className="table-scroll">
                  <table className="data">
                    <thead>
                      <tr>
                        <th>Order</th>
                        <th>Ordered</th>
                        <th>Email</th>
                        <th>Items</th>
                        <th>Delivered</th>
                      </tr>
                    </thead>
                    <tbody>
                      {f.orders.map((o) => (
                        <tr key={o.orderId}>
                          <td>{o.orderId}</td>
                          <td>{formatDate(o.orderedAt)}</td>
                          <td>{o.customerEmail ?? <span className="muted">none</span>}</td>
                          <td>{o.lines.map((l) => `${l.qty} × ${l.sku}`).join(', ')}</td>
                          <td>{formatDate(o.deliveredAt)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </Section>
            <Section title={`Signals and replies (${f.signals.length})`}>
              {f.signals.length === 0 ? (
                <p className="muted">None.</p>
              ) : (
                <ol className="history">
                  {f.signals.map((s) => (
                    <li key={s.id}>
                      <p>
                        <Link to={`/inbox?signal=${s.id}`}>Signal {s.id}</Link> · {words(s.channel)} · {formatDateTime(s.receivedAt)}
                        {s.sku ? ` · ${s.sku}` : ''} {s.erased ? <Badge tone="bad">erased</Badge> : <Badge>{words(s.status)}</Badge>}
                      </p>
                      {s.title && <p className="wording">{s.title}</p>}
                      <p className="wording">{s.text}</p>
                      {s.attachments.length > 0 && <p className="muted">{s.attachments.length} attachment(s)</p>}
                      {s.replies.map((r) => (
                        <blockquote key={r.id} className="reply">
                          <p className="muted">
                            {r.author} · {formatDateTime(r.at)}
                            {r.public ? ' · public' : ''}
                          </p>
                          <p>{r.text}</p>
                        </blockquote>
                      ))}
                    </li>
                  ))}
                </ol>
              )}
            </Section>
            {f.ugcAssets.length > 0 && (
              <Section title={`UGC assets (${f.ugcAssets.length})`}>
                <ul>
                  {f.ugcAssets.map((a) => (
                    <li key={a.id}>
                      {words(a.kind)} from signal {a.signalId}
                      {a.note ? ` · ${a.note}` : ''}
                    </li>
                  ))}
                </ul>
              </Section>
            )}
          </>
        )}
      </Load>
    </>
  );
}
