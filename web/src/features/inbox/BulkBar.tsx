import { useState } from 'react';
import type { SignalsUpdated } from '../../../../contracts/signals.js';
import { api } from '../../shared/api.js';
import { ISSUE_TYPES, OWNER_TEAMS, SIGNAL_STATUSES, words } from '../../shared/vocab.js';

/** Retag, assign or change status for the selected signals in one call (POST /api/signals/bulk). */
export function BulkBar({ ids, onDone, onClear }: { ids: number[]; onDone: (message: string) => void; onClear: () => void }) {
  const [type, setType] = useState('');
  const [team, setTeam] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = async () => {
    const body: Record<string, unknown> = { ids };
    if (type) body.issueTypes = [type];
    if (team) body.ownerTeam = team;
    if (status) body.status = status;
    const r = await api.post<SignalsUpdated>('/api/signals/bulk', body);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setError(null);
    setType('');
    setTeam('');
    setStatus('');
    onDone(`${r.data.updated} change(s) applied to ${ids.length} signal(s).`);
  };
  return (
    <form
      className="bulkbar"
      aria-label="Change the selected signals"
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <strong>{ids.length} selected</strong>
      <label>
        Retag as{' '}
        <select value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">keep</option>
          {ISSUE_TYPES.map((t) => (
            <option key={t} value={t}>
              {words(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Assign to{' '}
        <select value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="">keep</option>
          {OWNER_TEAMS.map((t) => (
            <option key={t} value={t}>
              {words(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">keep</option>
          {SIGNAL_STATUSES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={!type && !team && !status}>
        Apply
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </form>
  );
}
