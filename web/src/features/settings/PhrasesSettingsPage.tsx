import { useState } from 'react';
import type { TriageRuleList, TriageRuleRow } from '../../../../contracts/triage.js';
import { api } from '../../shared/api.js';
import { Load } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { ISSUE_TYPES, words } from '../../shared/vocab.js';
import { FieldNote, SaveResult, SettingsFrame, fieldError, saveState, type SaveState } from './settings-shared.js';

/** GET, POST and DELETE /api/triage/rules: the seller's phrases and patterns. */
export function PhrasesSettingsPage() {
  const data = useApi<TriageRuleList>('/api/triage/rules');
  // Kept here: the list reloads (and remounts) after a removal, and the note must outlive it.
  const [note, setNote] = useState<SaveState>(null);
  return (
    <SettingsFrame title="Triage phrases">
      <p className="muted">
        A phrase (or a regular expression) that, found in a signal, points triage at an issue type. A negative weight keeps a type away.
        They apply to signals received from now on.
      </p>
      <AddPhraseForm onAdded={data.reload} />
      <Load value={data} what="the triage phrases">
        {(list) => <PhraseTable items={list.items} onChanged={data.reload} setNote={setNote} />}
      </Load>
      <SaveResult state={note} />
    </SettingsFrame>
  );
}

function PhraseTable({ items, onChanged, setNote }: { items: TriageRuleRow[]; onChanged: () => void; setNote: (s: SaveState) => void }) {
  if (items.length === 0) return <p className="muted">No phrases of your own yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Your triage phrases">
        <thead>
          <tr>
            <th scope="col">Phrase or pattern</th>
            <th scope="col">Issue type</th>
            <th scope="col">Language</th>
            <th scope="col">Weight</th>
            <th scope="col">Added by</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td>{r.phrase ?? <code>{r.pattern}</code>}</td>
              <td>{words(r.issue_type)}</td>
              <td>{r.language}</td>
              <td>{r.weight}</td>
              <td>{r.created_by}</td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove ${r.phrase ?? r.pattern}`}
                  onClick={async () => {
                    const res = await api.delete<null>(`/api/triage/rules/${r.id}`);
                    setNote(saveState(res, `Removed “${r.phrase ?? r.pattern}”.`));
                    if (res.ok) onChanged();
                  }}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AddPhraseForm({
  onAdded,
  initialPhrase = '',
  actor = 'seller',
  label = 'Add a phrase',
}: {
  onAdded: () => void;
  initialPhrase?: string;
  actor?: string;
  label?: string;
}) {
  const [kind, setKind] = useState<'phrase' | 'pattern'>('phrase');
  const [text, setText] = useState(initialPhrase);
  const [issueType, setIssueType] = useState<string>(ISSUE_TYPES[0]);
  const [language, setLanguage] = useState('any');
  const [weight, setWeight] = useState('1');
  const [state, setState] = useState<SaveState>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const r = await api.post<TriageRuleRow>('/api/triage/rules', {
      issueType,
      language,
      [kind]: text,
      weight: weight.trim() === '' ? Number.NaN : Number(weight),
      actor,
    });
    setBusy(false);
    setState(saveState(r, `Added “${text}” for ${words(issueType)}.`));
    if (r.ok) {
      setText('');
      onAdded();
    }
  };
  const err = (p: string) => fieldError(state, p);
  return (
    <form
      className="panel"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="row wrap">
        <label className="field">
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as 'phrase' | 'pattern')}>
            <option value="phrase">phrase</option>
            <option value="pattern">regular expression</option>
          </select>
        </label>
        <label className="field grow">
          {kind === 'phrase' ? 'Phrase' : 'Pattern'}
          <input value={text} aria-describedby={`err-${label}-text`} onChange={(e) => setText(e.target.value)} />
          <FieldNote id={`err-${label}-text`} text={err(kind)} />
        </label>
        <label className="field">
          Issue type
          <select value={issueType} onChange={(e) => setIssueType(e.target.value)}>
            {ISSUE_TYPES.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
          <FieldNote id={`err-${label}-type`} text={err('issueType')} />
        </label>
        <label className="field">
          Language
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="any">any</option>
            <option value="en">en</option>
            <option value="pt">pt</option>
            <option value="es">es</option>
            <option value="de">de</option>
            <option value="fr">fr</option>
          </select>
        </label>
        <label className="field">
          Weight (−5 to 5)
          <input
            type="number"
            step="any"
            value={weight}
            aria-describedby={`err-${label}-weight`}
            onChange={(e) => setWeight(e.target.value)}
          />
          <FieldNote id={`err-${label}-weight`} text={err('weight')} />
        </label>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {label}
      </button>
      <SaveResult state={state} />
    </form>
  );
}
