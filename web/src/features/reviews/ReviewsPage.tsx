import { useState } from 'react';
import type { ReviewResponse } from '../../../../contracts/reviews.js';
import type { ReplyRecorded, SignalDetail, SignalPage } from '../../../../contracts/signals.js';
import { api } from '../../shared/api.js';
import { Badge, KeyValues, Load, Section, formatDateTime } from '../../shared/components.js';
import { Link, setSearch, useLocation } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { GuardrailPreview, useGuardrails } from '../../shared/guardrails.js';

/** Reviews: pick one, see the response decision, and edit the public reply with live guardrails. */
export function ReviewsPage() {
  const { search } = useLocation();
  const id = search.get('signal');
  return id ? <ReviewResponseView id={Number(id)} /> : <ReviewList />;
}

function ReviewList() {
  const data = useApi<SignalPage>('/api/signals?channel=review&limit=100');
  return (
    <>
      <h1>Reviews</h1>
      <p className="muted">Pick a review to decide the response: what to gather, what to do privately, what to say publicly.</p>
      <Load value={data} what="reviews">
        {(d) =>
          d.items.length === 0 ? (
            <p className="muted">
              No reviews yet. Import them with <code>writeback import</code> or send them to <code>POST /api/signals</code> with the channel
              review.
            </p>
          ) : (
            <div className="table-wrap panel">
              {d.nextCursor && (
                <p className="muted" style={{ marginTop: 0 }}>
                  The {d.items.length} newest reviews. <Link to="/inbox?channel=review">All reviews in the inbox →</Link>
                </p>
              )}
              <table className="data" data-testid="reviews-table">
                <thead>
                  <tr>
                    <th scope="col">Received</th>
                    <th scope="col">Rating</th>
                    <th scope="col">SKU</th>
                    <th scope="col">Review</th>
                    <th scope="col">Issue types</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((s) => (
                    <tr key={s.id}>
                      <td>{formatDateTime(s.receivedAt)}</td>
                      <td>{s.rating ?? ''}</td>
                      <td>{s.sku ?? ''}</td>
                      <td>
                        <Link to={`/reviews?signal=${s.id}`} data-testid="review-link">
                          {s.title ? `${s.title} — ` : ''}
                          {s.text}
                        </Link>
                      </td>
                      <td>
                        {s.issueTypes.map((t) => (
                          <Badge key={t}>{words(t)}</Badge>
                        ))}
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

function ReviewResponseView({ id }: { id: number }) {
  const signal = useApi<SignalDetail>(`/api/signals/${id}`);
  const response = useApi<ReviewResponse>(`/api/signals/${id}/review-response`);
  return (
    <>
      <p>
        <button type="button" onClick={() => setSearch({ signal: null }, { replace: false })}>
          ← All reviews
        </button>
      </p>
      <h1>Review response · signal {id}</h1>
      <Load value={signal} what="the review">
        {(s) => (
          <Section title="The review">
            <p className="muted">
              {s.rating ? `${s.rating}/5 · ` : ''}
              {words(s.channel)} · {formatDateTime(s.receivedAt)} · {s.sku ?? 'no SKU'}
            </p>
            <div className="verbatim" data-testid="review-text">
              {s.title ? `${s.title}\n${s.text}` : s.text}
            </div>
            <Link to={`/inbox?signal=${s.id}`}>Open in the inbox →</Link>
          </Section>
        )}
      </Load>
      <Load value={response} what="the review response decision">
        {(r) => <Decision r={r} signalId={id} />}
      </Load>
    </>
  );
}

function Decision({ r, signalId }: { r: ReviewResponse; signalId: number }) {
  const d = r.decision;
  const [draft, setDraft] = useState(d.publicReplyDraft);
  // The same guardrails a send meets, run as the person types (debounced).
  const { findings, error: checkError, blocking } = useGuardrails(draft, { public: true, signalId });
  const [sent, setSent] = useState<{ ok: boolean; message: string } | null>(null);
  // Writeback does not post to the review site: the agent posts the reply there, then records it
  // here, where the server runs the same guardrails again and refuses a blocking finding.
  const record = async () => {
    const res = await api.post<ReplyRecorded>(`/api/signals/${signalId}/replies`, { text: draft, public: true });
    setSent(
      res.ok
        ? { ok: true, message: "Recorded as the public reply; it shows in the signal's reply history." }
        : { ok: false, message: res.message },
    );
  };
  const copy = async () => {
    // A draft the guardrails block must not reach the clipboard either: pasted elsewhere it would
    // skip the check that "Record as posted publicly" enforces.
    const blocked = findings.filter((f) => f.blocking);
    if (blocked.length) {
      setSent({
        ok: false,
        message: `Not copied: ${blocked.map((f) => `${words(f.code)} — ${f.reason}`).join('; ')}. Fix the blocking findings first.`,
      });
      return;
    }
    try {
      await navigator.clipboard.writeText(draft);
      setSent({ ok: true, message: 'Draft copied.' });
    } catch {
      setSent({ ok: false, message: 'The browser did not allow copying; select the text instead.' });
    }
  };
  return (
    <>
      <div className="grid-2">
        <Section title="Decision">
          <KeyValues
            rows={[
              ['Primary issue', words(d.primaryIssueType)],
              ['Private action', words(d.privateAction)],
              ['Batch check', words(d.batchCheck)],
              ['Write back to', words(d.writeBackLocation)],
              ['Review metric', `${d.reviewMetric.metric} over ${d.reviewMetric.windowDays} days`],
            ]}
          />
          <h3>Blocked move</h3>
          <p>
            <Badge tone="bad">{words(d.blockedMove.move)}</Badge> {d.blockedMove.reason}
          </p>
        </Section>
        <Section title="Evidence to gather">
          <ul>
            {d.evidenceToGather.map((e) => (
              <li key={e.kind}>
                <Badge tone={e.known ? 'ok' : 'warn'}>{e.known ? 'known' : 'to gather'}</Badge> {words(e.kind)} —{' '}
                {e.detail ?? <span className="muted">{e.reason}</span>}
              </li>
            ))}
          </ul>
        </Section>
      </div>
      <Section title="Public reply">
        <label className="field">
          Draft (checked as you type)
          <textarea
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-describedby="guardrail-summary"
            data-testid="reply-draft"
          />
        </label>
        <GuardrailPreview text={draft} findings={findings} error={checkError} id="guardrail-summary" />
        <div className="row">
          <button type="button" onClick={() => void copy()} disabled={!draft.trim()}>
            Copy draft
          </button>
          <button
            type="button"
            onClick={() => void record()}
            disabled={!draft.trim() || blocking > 0}
            data-testid="record-reply"
            title={blocking > 0 ? 'Fix the blocking findings first' : 'Record that this reply was posted publicly'}
          >
            Record as posted publicly
          </button>
        </div>
        {sent && (
          <p role="status" className={sent.ok ? 'muted' : 'error'} data-testid="record-result">
            {sent.message}
          </p>
        )}
      </Section>
    </>
  );
}
