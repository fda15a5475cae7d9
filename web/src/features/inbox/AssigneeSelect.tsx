import { useState } from 'react';
import type { AssigneeList } from '../../../../contracts/people.js';
import type { SignalDetail } from '../../../../contracts/signals.js';
import { api } from '../../shared/api.js';
import { useSession } from '../../shared/session.js';
import { useApi } from '../../shared/use-api.js';

/**
 * Who the signal is assigned to, changed in place. With no accounts (one person) nothing is
 * assigned, so there is nothing to choose.
 */
export function AssigneeSelect({ signal, onSaved }: { signal: SignalDetail; onSaved: (s: SignalDetail) => void }) {
  const { session } = useSession();
  const signedIn = session?.mode === 'signed_in';
  const people = useApi<AssigneeList>(signedIn ? '/api/users/assignable' : null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!signedIn) return <p className="muted">With no accounts, signals are not assigned to anyone.</p>;
  const items = people.state === 'done' && people.result.ok ? people.result.data.items : [];
  const me = session.user?.id;
  const save = async (value: string) => {
    setBusy(true);
    const r = await api.patch<SignalDetail>(`/api/signals/${signal.id}`, { assigneeId: value ? Number(value) : null });
    setBusy(false);
    if (r.ok) {
      setMsg({ ok: true, text: 'Saved.' });
      onSaved(r.data);
    } else setMsg({ ok: false, text: r.message });
  };
  return (
    <div className="row">
      <label className="field">
        Assignee
        <select
          name="assigneeId"
          value={signal.assigneeId === null ? '' : String(signal.assigneeId)}
          disabled={busy || people.state === 'loading'}
          onChange={(e) => void save(e.target.value)}
        >
          <option value="">Unassigned</option>
          {signal.assigneeId !== null && !items.some((p) => p.id === signal.assigneeId) && (
            <option value={String(signal.assigneeId)}>#{signal.assigneeId} (inactive)</option>
          )}
          {items.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.name}
              {p.id === me ? ' (me)' : ''}
              {p.away ? ' (away)' : ''}
            </option>
          ))}
        </select>
      </label>
      {me !== undefined && signal.assigneeId !== me && (
        <button type="button" disabled={busy} onClick={() => void save(String(me))}>
          Assign to me
        </button>
      )}
      {msg && (
        <span role={msg.ok ? 'status' : 'alert'} className={msg.ok ? 'muted' : 'error'}>
          {msg.text}
        </span>
      )}
    </div>
  );
}
