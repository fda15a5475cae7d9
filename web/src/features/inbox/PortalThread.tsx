import { useState } from 'react';
import { PORTAL_STEPS, type ComplaintChain, type StaffComplaint } from '../../../../contracts/portal.js';
import { api } from '../../shared/api.js';
import { ErrorNote, formatDateTime } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

const STAFF_STEPS = PORTAL_STEPS.filter((s) => s !== 'received');

/**
 * A complaint filed through the portal, as its customer follows it: the steps and the thread on
 * their status page. A message or a step recorded here appears there at once.
 */
export function PortalThread({ reference }: { reference: string }) {
  const loaded = useApi<StaffComplaint>(`/api/portal/complaints/${encodeURIComponent(reference)}`);
  const chain = useApi<ComplaintChain>(`/api/portal/complaints/${encodeURIComponent(reference)}/chain`);
  const [text, setText] = useState('');
  const [step, setStep] = useState<(typeof STAFF_STEPS)[number]>('waiting_for_customer');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (loaded.state !== 'done') return <p className="muted">Loading the complaint…</p>;
  if (!loaded.result.ok) return <ErrorNote result={loaded.result} />;
  const c = loaded.result.data;
  const base = `/api/portal/complaints/${encodeURIComponent(reference)}`;
  const after = (r: { ok: boolean; message?: string }, done: string) => {
    setMessage(r.ok ? { ok: true, text: done } : { ok: false, text: r.message ?? 'failed' });
    if (r.ok) loaded.reload();
  };
  return (
    <>
      <p className="muted">
        {c.reference} · {words(c.problem)} · wants {words(c.wants)} · language {c.language}
        {c.satisfaction ? ` · satisfaction ${c.satisfaction.score}/5` : ''}
      </p>
      <ol className="timeline" aria-label="Steps the customer sees">
        {c.steps.map((s, i) => (
          <li key={i}>
            {words(s.step)} · {formatDateTime(s.at)}
            {s.note ? ` · ${s.note}` : ''}
          </li>
        ))}
      </ol>
      <ol className="timeline" aria-label="Thread with the customer">
        {c.messages.map((m) => (
          <li key={m.id}>
            <div className="muted">
              {m.author === 'staff' ? 'Us' : 'Customer'} · {formatDateTime(m.at)}
            </div>
            <div className="verbatim">{m.text}</div>
          </li>
        ))}
      </ol>
      {c.status !== 'closed' && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await api.post<StaffComplaint>(`${base}/messages`, { text });
            after(r, 'Sent to the customer.');
            if (r.ok) setText('');
          }}
        >
          <label htmlFor={`portal-msg-${reference}`}>Message to the customer</label>
          <textarea id={`portal-msg-${reference}`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" disabled={!text.trim()}>
            Send to the customer
          </button>
        </form>
      )}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          after(await api.post<StaffComplaint>(`${base}/steps`, { step, note: note.trim() || null }), 'Step recorded.');
          setNote('');
        }}
      >
        <label htmlFor={`portal-step-${reference}`}>Step the customer sees</label>
        <select id={`portal-step-${reference}`} value={step} onChange={(e) => setStep(e.target.value as typeof step)}>
          {STAFF_STEPS.map((s) => (
            <option key={s} value={s}>
              {words(s)}
            </option>
          ))}
        </select>
        <label htmlFor={`portal-note-${reference}`}>Note (tracking number when shipped)</label>
        <input id={`portal-note-${reference}`} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit">Record step</button>
      </form>
      {chain.state === 'done' && chain.result.ok && <Chain chain={chain.result.data} />}
      {message && (
        <p role="status" className={message.ok ? undefined : 'error'}>
          {message.text}
        </p>
      )}
    </>
  );
}

/** Order → batch → inspection records → carrier scans, next to the complaint's photos. */
function Chain({ chain }: { chain: ComplaintChain }) {
  return (
    <div aria-label="Trace of this complaint" role="group">
      <p className="muted">
        Order {chain.order.orderId}
        {chain.order.supplier ? ` · supplier ${chain.order.supplier}` : ''} · batch {chain.batch ?? 'unknown'}
        {chain.order.trackingNumber ? ` · ${chain.order.carrier ?? 'carrier'} ${chain.order.trackingNumber}` : ''}
      </p>
      {chain.complaint.photos.length > 0 && (
        <p>
          {chain.complaint.photos.map((p, i) => (
            <a key={p.url} href={p.url} target="_blank" rel="noopener noreferrer">
              <img src={p.thumbUrl} alt={`${p.mime.startsWith('video/') ? 'Video sent' : 'Sent'} by the customer (${i + 1})`} width={96} />
            </a>
          ))}
        </p>
      )}
      <ul aria-label="Inspection records of the batch">
        {chain.inspections.length === 0 && <li className="muted">No inspection record for this batch.</li>}
        {chain.inspections.map((r) => (
          <li key={r.id}>
            {formatDateTime(r.inspectedAt)} · {r.inspector} · {r.result}
            {r.notes ? ` · ${r.notes}` : ''}
          </li>
        ))}
      </ul>
      {chain.carrierScans.length > 0 && (
        <ol aria-label="Carrier scans">
          {chain.carrierScans.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at)} · {e.status}
              {e.location ? ` · ${e.location}` : ''}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
