import { useEffect, useId, useState } from 'react';
import type { Action, ActionCheck, WriteBackLocation } from '../../../../contracts/actions.js';
import type { IssueDetail } from '../../../../contracts/issues.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { OWNER_TEAMS, words } from '../../shared/vocab.js';

export const WRITE_BACK_LOCATIONS: WriteBackLocation[] = [
  'product_page',
  'faq',
  'support_macro',
  'chatbot_knowledge',
  'policy_page',
  'delivery_promise',
  'supplier_file',
  'qa_record',
  'fulfilment_review',
  'inventory_hold',
  'escalation_rule',
  'ad_creative_brief',
  'ugc_library',
];

type Refusal = ActionCheck['refusals'][number];

/** A date input's day as the end of that day in UTC: a due date means "by then". */
export const endOfDay = (day: string) => (day ? `${day}T23:59:59Z` : undefined);

/**
 * "Propose action": a form pre-filled from the playbook's write-back rows. The blocked-move rules
 * run on the server while the person writes (POST …/actions/check) and again on submit.
 */
export function ProposeAction({ issue, onCreated }: { issue: IssueDetail; onCreated: () => Promise<void> }) {
  const rows = issue.playbook?.writeBack ?? [];
  const first = rows[0];
  const [open, setOpen] = useState(false);
  const [row, setRow] = useState(0);
  const [location, setLocation] = useState<WriteBackLocation>(first?.location ?? 'support_macro');
  const [change, setChange] = useState(first?.change ?? '');
  const [ownerTeam, setOwnerTeam] = useState<string>(first?.ownerTeam ?? issue.ownerTeam ?? 'support');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [metric, setMetric] = useState(issue.playbook?.reviewMetrics[0]?.metric ?? '');
  const [windowDays, setWindowDays] = useState(String(Math.min(21, Math.max(7, issue.playbook?.reviewWindowDays ?? 14))));
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [created, setCreated] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const body = () => ({
    location,
    change,
    ownerTeam,
    ...(owner.trim() ? { owner: owner.trim() } : {}),
    ...(due ? { dueAt: endOfDay(due) } : {}),
    ...(metric.trim() ? { metric: metric.trim() } : {}),
    reviewWindowDays: Number(windowDays),
    actor: owner.trim() || 'web',
  });

  // The rule's reason before submit: re-checked a moment after each change.
  useEffect(() => {
    if (!open || change.trim() === '') {
      setRefusals([]);
      return;
    }
    let live = true;
    const t = setTimeout(async () => {
      const r = await api.post<ActionCheck>(`/api/issues/${issue.id}/actions/check`, {
        location,
        change,
        ownerTeam,
        actor: 'web',
      });
      if (live && r.ok) setRefusals(r.data.refusals);
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [open, issue.id, location, change, ownerTeam]);

  const pick = (k: number) => {
    setRow(k);
    const w = rows[k];
    if (!w) return;
    setLocation(w.location);
    setChange(w.change);
    setOwnerTeam(w.ownerTeam);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await api.post<Action>(`/api/issues/${issue.id}/actions`, body());
    setBusy(false);
    if (r.ok) {
      setCreated(r.data);
      setOpen(false);
      await onCreated();
      return;
    }
    if (r.code === 'action_blocked_move') setRefusals((r.details as { refusals?: Refusal[] })?.refusals ?? []);
    else setError(r);
  };

  if (!open) {
    return (
      <div className="row">
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          Propose action
        </button>
        {created && (
          <p role="status" className="muted">
            Proposed: {words(created.location)} — {created.change} (action {created.id}). Move it on the{' '}
            <Link to="/board?view=columns">action board</Link>.
          </p>
        )}
      </div>
    );
  }
  return (
    <form className="panel stack" aria-label="Propose action" onSubmit={submit}>
      <h3>Propose a write-back action</h3>
      {rows.length > 0 && (
        <label className="field">
          From the playbook
          <select value={row} onChange={(e) => pick(Number(e.target.value))}>
            {rows.map((w, k) => (
              <option key={k} value={k}>
                {words(w.location)}: {w.change.slice(0, 80)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        Where
        <select value={location} onChange={(e) => setLocation(e.target.value as WriteBackLocation)}>
          {WRITE_BACK_LOCATIONS.map((l) => (
            <option key={l} value={l}>
              {words(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Change
        <textarea
          value={change}
          required
          maxLength={2000}
          rows={3}
          onChange={(e) => setChange(e.target.value)}
          aria-describedby={`${ids}-refusals`}
        />
      </label>
      <div className="row">
        <label className="field">
          Owner team
          <select value={ownerTeam} onChange={(e) => setOwnerTeam(e.target.value)}>
            {OWNER_TEAMS.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Owner
          <input value={owner} maxLength={200} required onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="field">
          Due date
          <input type="date" value={due} required onChange={(e) => setDue(e.target.value)} />
        </label>
      </div>
      <div className="row">
        <label className="field">
          Review metric
          <input value={metric} maxLength={100} onChange={(e) => setMetric(e.target.value)} />
        </label>
        <label className="field">
          Review window (days)
          <input type="number" min={7} max={21} value={windowDays} onChange={(e) => setWindowDays(e.target.value)} />
        </label>
      </div>
      <div id={`${ids}-refusals`} aria-live="polite">
        {refusals.length > 0 && (
          <ul className="error" role="alert" data-testid="refusals">
            {refusals.map((r) => (
              <li key={r.code}>
                Refused ({words(r.code)}): {r.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && <ErrorNote result={error} />}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Propose
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Close the form
        </button>
      </div>
    </form>
  );
}
