import { useEffect, useState } from 'react';
import type { SignalDetail } from '../../../../contracts/signals.js';
import { api } from '../../shared/api.js';
import { ISSUE_TYPES, OWNER_TEAMS, SIGNAL_STATUSES, words } from '../../shared/vocab.js';

/**
 * Label correction and routing. A corrected label is kept through re-triage and becomes a
 * training example for the model (the server marks the signal labels_corrected).
 */
export function LabelEditor({ signal, onSaved }: { signal: SignalDetail; onSaved: (s: SignalDetail) => void }) {
  const [types, setTypes] = useState<string[]>(signal.issueTypes);
  const [owner, setOwner] = useState(signal.ownerTeam ?? '');
  const [status, setStatus] = useState(signal.status);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setTypes(signal.issueTypes);
    setOwner(signal.ownerTeam ?? '');
    setStatus(signal.status);
  }, [signal]);
  useEffect(() => {
    setMsg(null);
  }, [signal.id]);

  const changed =
    [...types].sort().join() !== [...signal.issueTypes].sort().join() || owner !== (signal.ownerTeam ?? '') || status !== signal.status;
  const save = async () => {
    setBusy(true);
    const patch: Record<string, unknown> = {};
    if ([...types].sort().join() !== [...signal.issueTypes].sort().join()) patch.issueTypes = types;
    if (owner && owner !== signal.ownerTeam) patch.ownerTeam = owner;
    if (status !== signal.status) patch.status = status;
    const r = await api.patch<SignalDetail>(`/api/signals/${signal.id}`, patch);
    setBusy(false);
    if (r.ok) {
      setMsg({ ok: true, text: patch.issueTypes ? 'Saved. The corrected labels will train the model.' : 'Saved.' });
      onSaved(r.data);
    } else setMsg({ ok: false, text: r.message });
  };
  const teams = owner && !(OWNER_TEAMS as readonly string[]).includes(owner) ? [owner, ...OWNER_TEAMS] : OWNER_TEAMS;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label="Correct labels and routing"
    >
      <fieldset className="labels-editor" data-testid="label-editor">
        <legend>Issue types {signal.labelsCorrected && <span className="badge badge-info">corrected by a person</span>}</legend>
        {ISSUE_TYPES.map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              name="issueType"
              value={t}
              checked={types.includes(t)}
              onChange={(e) => setTypes((cur) => (e.target.checked ? [...cur, t] : cur.filter((x) => x !== t)))}
            />
            {words(t)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <label className="field">
          Owner team
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            {!owner && <option value="">none</option>}
            {teams.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            {SIGNAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={!changed || busy}>
          Save changes
        </button>
      </div>
      {msg && (
        <p role="status" className={msg.ok ? 'muted' : 'error'}>
          {msg.text}
        </p>
      )}
    </form>
  );
}
