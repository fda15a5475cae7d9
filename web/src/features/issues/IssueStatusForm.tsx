import { useEffect, useId, useRef, useState } from 'react';
import type { IssueStatus, IssueStatusChange } from '../../../../contracts/issues.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { Section } from '../../shared/components.js';
import { words, type CloseReason } from '../../shared/vocab.js';
import { closeReasonsFor } from './issue-view.js';

const REASON_HELP: Record<CloseReason, string> = {
  resolved: 'the fix has its verdict and nothing is left to do',
  not_a_real_issue: 'the signals do not describe one real problem',
  duplicate: 'another issue already tracks it',
};

/** The server's refusal next to the form, with the fields it names (invalid_input details). */
function Refusal({ failure }: { failure: ApiFailure }) {
  const fields = failure.fields;
  return (
    <div className="error" role="alert" data-testid="issue-status-error">
      <p style={{ margin: '.35rem 0' }}>
        {failure.message} <span className="muted">({failure.code})</span>
      </p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f, k) => (
            <li key={k}>
              {f.path}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Close an issue with a reason and a note (POST /api/issues/:id/close), or reopen a closed one
 * (POST /api/issues/:id/reopen). Only the reasons the issue's status allows are offered; the
 * server's refusal (422 issue_close_blocked, 409 issue_not_closed, invalid input) is shown as
 * text next to the form. `onChanged` reloads the issue.
 */
export function IssueStatusForm({ issueId, status, onChanged }: { issueId: number; status: IssueStatus; onChanged: () => Promise<void> }) {
  const closed = status === 'closed';
  const reasons = closeReasonsFor(status);
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  const [actor, setActor] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const uid = useId();

  // A reason the status no longer allows (after a reload) counts as none.
  const chosen = reason && reasons.includes(reason) ? reason : '';
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    const who = actor.trim() ? { actor: actor.trim() } : {};
    const r = closed
      ? await api.post<IssueStatusChange>(`/api/issues/${issueId}/reopen`, { note, ...who })
      : await api.post<IssueStatusChange>(`/api/issues/${issueId}/close`, {
          reason: chosen,
          note,
          ...who,
          ...(chosen === 'duplicate' ? { duplicateOf: Number(duplicateOf) } : {}),
        });
    if (r.ok) {
      await onChanged();
      setNote('');
      setReason('');
      setDuplicateOf('');
      setDone(closed ? `Reopened: the issue is ${words(r.data.status)} again.` : 'Closed.');
    } else setFailure(r);
    setBusy(false);
  };

  const title = closed ? 'Reopen the issue' : 'Close the issue';
  return (
    <Section title={title} id="issue-status-h">
      {done && (
        <p role="status" tabIndex={-1} ref={doneRef} data-testid="issue-status-done">
          {done}
        </p>
      )}
      {!closed && reasons.length === 0 ? (
        <p className="muted" data-testid="close-unavailable">
          An issue that is {words(status)} cannot be closed: finish or cancel its actions, and wait for the fix's verdict.
        </p>
      ) : (
        <form
          aria-labelledby="issue-status-h"
          data-testid="issue-status-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {!closed && (
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 .5rem' }}>
              <legend>Reason</legend>
              {reasons.map((r) => (
                <label key={r} style={{ display: 'block', margin: '.2rem 0' }}>
                  <input type="radio" name={`${uid}-reason`} value={r} checked={chosen === r} required onChange={() => setReason(r)} />{' '}
                  {words(r)} <span className="muted">— {REASON_HELP[r]}</span>
                </label>
              ))}
            </fieldset>
          )}
          {!closed && chosen === 'duplicate' && (
            <label className="field" style={{ maxWidth: '14rem', marginBottom: '.5rem' }}>
              Duplicate of issue number
              <input type="number" min={1} step={1} required value={duplicateOf} onChange={(e) => setDuplicateOf(e.target.value)} />
            </label>
          )}
          <label className="field" style={{ marginBottom: '.5rem' }}>
            {closed ? 'Why reopen it (note)' : 'Note (why it closes)'}
            <textarea
              required
              minLength={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              style={{ minHeight: '4rem' }}
            />
          </label>
          <div className="row">
            <label className="field">
              Your name (optional)
              <input type="text" maxLength={100} value={actor} onChange={(e) => setActor(e.target.value)} autoComplete="name" />
            </label>
            <button type="submit" className="primary" disabled={busy}>
              {closed ? 'Reopen issue' : 'Close issue'}
            </button>
          </div>
        </form>
      )}
      {failure && <Refusal failure={failure} />}
    </Section>
  );
}
