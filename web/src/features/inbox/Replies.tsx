import { useState } from 'react';
import type { Finding } from '../../../../contracts/reviews.js';
import type { ReplyList, ReplyRecorded } from '../../../../contracts/signals.js';
import type { MailDelivery, MailDeliveryRetried, MailThread } from '../../../../contracts/mail.js';
import type { Knowledge, KnowledgeList } from '../../../../contracts/actions.js';
import { api } from '../../shared/api.js';
import { GuardrailPreview, useGuardrails } from '../../shared/guardrails.js';
import { Badge, ErrorNote, formatDateTime } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

const DELIVERY_TONE: Record<MailDelivery['status'], string> = { queued: 'info', retrying: 'warn', sent: 'ok', failed: 'bad' };

/** Where a reply sent by email stands: queued, sent, retrying (why, and when next) or failed (why), with "Send again". */
function DeliveryState({ d, onRetried }: { d: MailDelivery; onRetried: () => void }) {
  const [error, setError] = useState('');
  const retry = async () => {
    const r = await api.post<MailDeliveryRetried>(`/api/mail/deliveries/${d.id}/retry`, {});
    if (r.ok) onRetried();
    else setError(r.message);
  };
  return (
    <div className="muted">
      <Badge tone={DELIVERY_TONE[d.status]}>email {d.status}</Badge> to {d.to}
      {d.status === 'sent' && d.sentAt ? ` · ${formatDateTime(d.sentAt)}` : ''}
      {d.attempts > 0 && d.status !== 'sent' ? ` · ${d.attempts} attempt(s)` : ''}
      {d.lastError && d.status !== 'sent' ? ` · ${d.lastError}` : ''}
      {d.nextAttemptAt && d.status === 'retrying' ? ` · next try ${formatDateTime(d.nextAttemptAt)}` : ''}
      {d.status === 'failed' && (
        <>
          {' '}
          <button type="button" onClick={() => void retry()}>
            Send again
          </button>
        </>
      )}
      {error && <span className="error"> {error}</span>}
    </div>
  );
}

/** The email thread behind a signal: each message as the customer wrote it, what could not be read, its attachments. */
function EmailThread({ thread }: { thread: MailThread }) {
  const inbound = thread.messages.filter((m) => m.direction === 'in');
  if (inbound.length === 0) return null;
  return (
    <section aria-label="Email thread">
      <h4>Email thread</h4>
      <ol className="timeline">
        {inbound.map((m) => (
          <li key={m.messageId}>
            <div className="muted">
              {formatDateTime(m.at)} · {m.from ?? 'unknown sender'}
              {m.subject ? ` · ${m.subject}` : ''}
            </div>
            <div className="verbatim">{m.text}</div>
            {m.problems.map((p, i) => (
              <div key={i}>
                <Badge tone="warn">read in part</Badge> {p}
              </div>
            ))}
            {m.attachments.length > 0 && (
              <ul>
                {m.attachments.map((a, i) => (
                  <li key={i}>
                    {a.url ? (
                      <a href={a.url} download>
                        {a.filename ?? 'attachment'}
                      </a>
                    ) : (
                      <span>{a.filename ?? 'attachment'}</span>
                    )}{' '}
                    <span className="muted">
                      {a.contentType}, {Math.max(1, Math.round(a.size / 1024))} KB{a.reason ? ` · not stored: ${a.reason}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Reply history and a composer; the server runs the guardrails and may refuse a reply. A private reply to an email signal is sent by email. */
export function Replies({
  signalId,
  isPublic,
  byEmail = false,
  sku,
  issueTypes,
}: {
  signalId: number;
  isPublic: boolean;
  byEmail?: boolean;
  sku: string | null;
  issueTypes: string[];
}) {
  const list = useApi<ReplyList>(`/api/signals/${signalId}/replies`);
  const mail = useApi<MailThread>(byEmail ? `/api/signals/${signalId}/mail` : null);
  const thread = mail.state === 'done' && mail.result.ok ? mail.result.data : null;
  const deliveryOf = (replyId: number) => thread?.deliveries.find((d) => d.replyId === replyId);
  const macros = useApi<KnowledgeList>('/api/knowledge?kind=macro');
  const [text, setText] = useState('');
  const [pub, setPub] = useState(isPublic);
  const check = useGuardrails(text, { public: pub, signalId });
  const offered = macros.state === 'done' && macros.result.ok ? offerMacros(macros.result.data.items, sku, issueTypes) : [];
  const [macroId, setMacroId] = useState('');
  const [override, setOverride] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string; findings: Finding[] } | null>(null);
  const send = async () => {
    const r = await api.post<ReplyRecorded>(`/api/signals/${signalId}/replies`, {
      text,
      public: pub,
      ...(override ? { overrideReason: override } : {}),
    });
    if (r.ok) {
      setResult({
        ok: true,
        message: byEmail && !pub ? 'Reply recorded; queued to be sent by email.' : 'Reply recorded.',
        findings: r.data.findings,
      });
      setText('');
      setOverride('');
      list.reload();
      mail.reload();
    } else setResult({ ok: false, message: r.message, findings: r.findings });
  };
  return (
    <>
      {thread && <EmailThread thread={thread} />}
      {list.state === 'done' && !list.result.ok && <ErrorNote result={list.result} />}
      {list.state === 'done' &&
        list.result.ok &&
        (list.result.data.items.length === 0 ? (
          <p className="muted">No replies yet.</p>
        ) : (
          <ol className="timeline">
            {list.result.data.items.map((r) => (
              <li key={r.id}>
                <div className="muted">
                  {formatDateTime(r.at)} · {r.author}
                  {r.byAutomation ? ' (automation)' : ''} · {r.public ? 'public' : 'private'}
                </div>
                <div className="verbatim">{r.text}</div>
                {r.findings.map((f, i) => (
                  <Badge key={i} tone={f.blocking ? 'bad' : 'warn'}>
                    {words(f.code)}
                  </Badge>
                ))}
                {r.overrideReason && <div className="muted">Override: {r.overrideReason}</div>}
                {(() => {
                  const d = deliveryOf(r.id);
                  return d ? <DeliveryState d={d} onRetried={mail.reload} /> : null;
                })()}
              </li>
            ))}
          </ol>
        ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
        aria-label="Write a reply"
      >
        {offered.length > 0 && (
          <div className="row">
            <label className="field grow">
              Macro for this SKU and issue type
              <select value={macroId} onChange={(e) => setMacroId(e.target.value)}>
                <option value="">choose a macro</option>
                {offered.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                    {m.sku ? ` (${m.sku})` : ''}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={!macroId}
              onClick={() => {
                const m = offered.find((x) => x.id === macroId);
                if (m) setText((t) => (t.trim() ? `${t}\n\n${m.body}` : m.body));
              }}
            >
              Insert macro
            </button>
          </div>
        )}
        <label className="field">
          Reply
          <textarea value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`reply-check-${signalId}`} />
        </label>
        <GuardrailPreview id={`reply-check-${signalId}`} text={text} findings={check.findings} error={check.error} />
        <div className="row">
          <label>
            <input type="checkbox" checked={pub} onChange={(e) => setPub(e.target.checked)} /> public reply
          </label>
          {result && !result.ok && result.findings.some((f) => f.blocking) && (
            <label className="field grow">
              Override reason (recorded)
              <input value={override} onChange={(e) => setOverride(e.target.value)} />
            </label>
          )}
          <button type="submit" disabled={!text.trim()}>
            Record reply
          </button>
        </div>
        {result && (
          <div role="status">
            <p className={result.ok ? 'muted' : 'error'}>{result.message}</p>
            <ul>
              {result.findings.map((f, i) => (
                <li key={i}>
                  <Badge tone={f.blocking ? 'bad' : 'warn'}>{words(f.code)}</Badge> {f.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </>
  );
}

/**
 * The macros worth offering for a signal: its SKU's own first, then the general ones whose words
 * meet its issue types ("damaged_in_transit" finds "Arrived damaged"), else every general one.
 */
export function offerMacros(items: Knowledge[], sku: string | null, issueTypes: string[]): Knowledge[] {
  const own = items.filter((m) => sku && m.sku === sku);
  const general = items.filter((m) => !m.sku);
  const terms = issueTypes.flatMap((t) => t.split('_')).filter((w) => w.length > 3);
  const score = (m: Knowledge) => {
    const text = `${m.title} ${m.body}`.toLowerCase();
    return terms.filter((t) => text.includes(t.slice(0, 5))).length;
  };
  const matched = general.filter((m) => score(m) > 0).sort((a, b) => score(b) - score(a));
  return [...own, ...(matched.length > 0 ? matched : general)];
}
