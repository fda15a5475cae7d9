import { useEffect, useState } from 'react';
import type { PlaybookList, StoredPlaybook } from '../../../../contracts/playbooks.js';
import { api } from '../../shared/api.js';
import { Badge, Load, formatDateTime } from '../../shared/components.js';
import { setSearch, useLocation } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { SaveResult, SettingsFrame, saveState, type SaveState } from './settings-shared.js';

/**
 * GET /api/playbooks and PUT /api/playbooks/:id. The server validates a playbook whole, so the
 * page edits it whole: the common fields as a form, the rest as its JSON.
 */
export function PlaybooksSettingsPage() {
  const data = useApi<PlaybookList>('/api/playbooks');
  const { search } = useLocation();
  const chosen = search.get('playbook');
  // Kept here: a save reloads the list and remounts the editor on the new version.
  const [state, setState] = useState<SaveState>(null);
  return (
    <SettingsFrame title="Playbooks">
      <Load value={data} what="the playbooks">
        {(list) => {
          const current = list.items.find((p) => p.id === chosen) ?? list.items[0];
          return (
            <>
              <label className="field">
                Playbook
                <select
                  value={current?.id ?? ''}
                  onChange={(e) => {
                    setState(null);
                    setSearch({ playbook: e.target.value });
                  }}
                >
                  {list.items.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title}
                      {p.edited ? ' (edited)' : ''}
                      {p.enabled ? '' : ' (off)'}
                    </option>
                  ))}
                </select>
              </label>
              {current && (
                <PlaybookEditor
                  key={`${current.id}:${current.version}`}
                  playbook={current}
                  onSaved={data.reload}
                  state={state}
                  setState={setState}
                />
              )}
            </>
          );
        }}
      </Load>
    </SettingsFrame>
  );
}

const editable = ({ edited: _e, version: _v, updatedBy: _u, updatedAt: _a, ...p }: StoredPlaybook) => p;

function PlaybookEditor({
  playbook,
  onSaved,
  state,
  setState,
}: {
  playbook: StoredPlaybook;
  onSaved: () => void;
  state: SaveState;
  setState: (s: SaveState) => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(editable(playbook), null, 2));
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(JSON.stringify(editable(playbook), null, 2)), [playbook]);
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = null;
  }
  const patch = (k: string, v: unknown) => parsed && setText(JSON.stringify({ ...parsed, [k]: v }, null, 2));
  const save = async () => {
    if (!parsed) {
      setState({
        ok: false,
        failure: {
          ok: false,
          status: 400,
          code: 'invalid_input',
          message: 'not valid JSON',
          fields: [{ path: '(body)', message: 'not valid JSON' }],
          findings: [],
          details: null,
        },
      });
      return;
    }
    setBusy(true);
    const r = await api.put<StoredPlaybook>(`/api/playbooks/${encodeURIComponent(playbook.id)}`, parsed);
    setBusy(false);
    setState(saveState(r, r.ok ? `Saved as version ${r.data.version}.` : ''));
    if (r.ok) onSaved();
  };
  return (
    <form
      aria-label={`Edit playbook ${playbook.title}`}
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">
        {playbook.edited ? <Badge tone="info">edited</Badge> : <Badge>default</Badge>} version {playbook.version}, by {playbook.updatedBy},{' '}
        {formatDateTime(playbook.updatedAt)} · matches {playbook.matches.issueTypes.map(words).join(', ')}
      </p>
      {parsed && (
        <div className="row wrap">
          <label className="check">
            <input type="checkbox" checked={parsed.enabled === true} onChange={(e) => patch('enabled', e.target.checked)} />
            Enabled
          </label>
          <label className="check">
            <input type="checkbox" checked={parsed.humanOnly === true} onChange={(e) => patch('humanOnly', e.target.checked)} />
            Human replies only
          </label>
          <label className="field">
            Review window (days)
            <input
              type="number"
              value={typeof parsed.reviewWindowDays === 'number' ? parsed.reviewWindowDays : ''}
              onChange={(e) => patch('reviewWindowDays', e.target.value === '' ? null : Number(e.target.value))}
            />
          </label>
        </div>
      )}
      <label className="field">
        The playbook as JSON (write-back rows, blocked moves, review metrics…)
        <textarea className="code" rows={18} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {!parsed && <p className="error">This is not valid JSON yet.</p>}
      <button type="submit" className="primary" disabled={busy}>
        Save playbook
      </button>
      <SaveResult state={state} />
    </form>
  );
}
