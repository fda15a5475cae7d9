import { useState } from 'react';
import type { Action } from '../../../../contracts/actions.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote, formatDate } from '../../shared/components.js';
import { words } from '../../shared/vocab.js';

const NEXT: Record<string, { status: 'accepted' | 'in_progress' | 'done'; label: string } | undefined> = {
  proposed: { status: 'accepted', label: 'Accept' },
  accepted: { status: 'in_progress', label: 'Start' },
  in_progress: { status: 'done', label: 'Mark done' },
};
const OPEN = new Set(['proposed', 'accepted', 'in_progress']);

/** What marking done recorded, in words: the baseline and the day the verdict arrives. */
export function doneSentence(a: Action): string {
  const b = a.baseline;
  const base = b
    ? `Baseline recorded: ${words(b.metric)} ${(b.value * 100).toFixed(2)}% (${b.events} of ${b.exposure} ${b.mode === 'share' ? 'SKU signals' : 'orders'}, ${b.windowDays} days before ${formatDate(b.takenAt)}).`
    : 'No baseline was recorded.';
  return `${base} The verdict arrives on ${formatDate(a.reviewDate) || 'the review date'}.`;
}

/**
 * The moves a person makes on an action, from a board card or table row: Accept, Start, Mark
 * done, and Cancel action with a reason. The server's rules decide; a refusal shows its reason.
 */
export function ActionMoves({ id, status, onMoved }: { id: number; status: string; onMoved: (a: Action) => void }) {
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  if (!OPEN.has(status)) return null;
  const next = NEXT[status];
  const move = async (body: { status: string; reason?: string }) => {
    setBusy(true);
    setError(null);
    const r = await api.patch<Action>(`/api/actions/${id}`, { ...body, actor: 'web' });
    setBusy(false);
    if (r.ok) {
      setCancelling(false);
      onMoved(r.data);
    } else setError(r);
  };
  return (
    <div className="row" role="group" aria-label={`Move action ${id}`}>
      {next && !cancelling && (
        <button type="button" className="primary" disabled={busy} onClick={() => move({ status: next.status })}>
          {next.label}
        </button>
      )}
      {cancelling ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void move({ status: 'cancelled', reason });
          }}
        >
          <label className="field">
            Why cancel?
            <input value={reason} required maxLength={2000} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" disabled={busy || reason.trim() === ''}>
            Confirm cancel
          </button>
          <button type="button" onClick={() => setCancelling(false)}>
            Keep it
          </button>
        </form>
      ) : (
        <button type="button" disabled={busy} onClick={() => setCancelling(true)}>
          Cancel action
        </button>
      )}
      {error && <ErrorNote result={error} />}
    </div>
  );
}
