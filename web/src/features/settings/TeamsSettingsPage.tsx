import { useState } from 'react';
import type { Clue, TeamConfig } from '../../../../contracts/triage.js';
import { api } from '../../shared/api.js';
import { Load } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { ISSUE_TYPES, OWNER_TEAMS, words } from '../../shared/vocab.js';
import { FieldNote, SaveResult, SettingsFrame, fieldError, saveState, type SaveState } from './settings-shared.js';

const CLUES: Clue[] = ['listing', 'label', 'product', 'promise', 'safety'];

/** GET and PUT /api/triage/teams: the owner team per clue, per issue type, and the default. */
export function TeamsSettingsPage() {
  const data = useApi<TeamConfig>('/api/triage/teams');
  return (
    <SettingsFrame title="Owner teams">
      <p className="muted">Triage routes each new signal to a team: by issue type where one is set, else by its clue, else the default.</p>
      <Load value={data} what="the owner teams">
        {(t) => <TeamsForm teams={t} />}
      </Load>
    </SettingsFrame>
  );
}

function TeamInput({
  label,
  value,
  onChange,
  error,
  id,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  id: string;
}) {
  return (
    <label className="field">
      {label}
      <input list="owner-teams" value={value} aria-describedby={id} onChange={(e) => onChange(e.target.value)} />
      <FieldNote id={id} text={error} />
    </label>
  );
}

function TeamsForm({ teams }: { teams: TeamConfig }) {
  const [t, setT] = useState<TeamConfig>(teams);
  const [state, setState] = useState<SaveState>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    // Issue types left empty keep falling back to their clue's team.
    const issueOwners = Object.fromEntries(Object.entries(t.issueOwners).filter(([, v]) => v));
    const r = await api.put<TeamConfig>('/api/triage/teams', { clueOwners: t.clueOwners, issueOwners, defaultOwner: t.defaultOwner });
    setBusy(false);
    setState(saveState(r, 'Saved. New signals are routed to these teams.'));
    if (r.ok) setT(r.data);
  };
  return (
    <form
      aria-label="Owner teams"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <datalist id="owner-teams">
        {OWNER_TEAMS.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <fieldset className="panel">
        <legend>By clue</legend>
        <div className="row wrap">
          {CLUES.map((c) => (
            <TeamInput
              key={c}
              id={`err-clue-${c}`}
              label={`Team for the ${c} clue`}
              value={t.clueOwners[c]}
              error={fieldError(state, `clueOwners.${c}`)}
              onChange={(v) => setT((cur) => ({ ...cur, clueOwners: { ...cur.clueOwners, [c]: v } }))}
            />
          ))}
          <TeamInput
            id="err-default"
            label="Default team"
            value={t.defaultOwner}
            error={fieldError(state, 'defaultOwner')}
            onChange={(v) => setT((cur) => ({ ...cur, defaultOwner: v }))}
          />
        </div>
      </fieldset>
      <fieldset className="panel">
        <legend>By issue type (empty: the clue decides)</legend>
        <div className="row wrap">
          {ISSUE_TYPES.map((i) => (
            <TeamInput
              key={i}
              id={`err-issue-${i}`}
              label={`Team for ${words(i)}`}
              value={t.issueOwners[i] ?? ''}
              error={fieldError(state, `issueOwners.${i}`)}
              onChange={(v) => setT((cur) => ({ ...cur, issueOwners: { ...cur.issueOwners, [i]: v } }))}
            />
          ))}
        </div>
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        Save owner teams
      </button>
      <SaveResult state={state} />
    </form>
  );
}
