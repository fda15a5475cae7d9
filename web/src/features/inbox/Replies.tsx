import { useState } from 'react';
import type { Finding } from '../../../../contracts/reviews.js';
import type { ReplyList, ReplyRecorded } from '../../../../contracts/signals.js';
import { api } from '../../shared/api.js';
import { Badge, ErrorNote, formatDateTime } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

/** Reply history and a composer; the server runs the guardrails and may refuse a reply. */
export function Replies({ signalId, isPublic }: { signalId: number; isPublic: boolean }) {
  const list = useApi<ReplyList>(`/api/signals/${signalId}/replies`);
  const [text, setText] = useState('');
  const [pub, setPub] = useState(isPublic);
  const [override, setOverride] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string; findings: Finding[] } | null>(null);
  const send = async () => {
    const r = await api.post<ReplyRecorded>(`/api/signals/${signalId}/replies`, {
      text,
      public: pub,
      ...(override ? { overrideReason: override } : {}),
    });
    if (r.ok) {
      setResult({ ok: true, message: 'Reply recorded.', findings: r.data.findings });
      setText('');
      setOverride('');
      list.reload();
    } else setResult({ ok: false, message: r.message, findings: r.findings });
  };
  return (
    <>
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
        <label className="field">
          Reply
          <textarea value={text} onChange={(e) => setText(e.target.value)} />
        </label>
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
