import { useState } from 'react';
import type { Decision, DecisionType, KnowledgeKind } from '../../../../contracts/actions.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote } from '../../shared/components.js';
import { navigate } from '../../shared/router.js';
import { OWNER_TEAMS, words } from '../../shared/vocab.js';
import { endOfDay } from './ProposeAction.js';

export const DECISION_TYPES: { type: DecisionType; label: string }[] = [
  { type: 'correct_public_claim', label: 'Correct a public claim' },
  { type: 'ask_supplier_evidence', label: 'Ask the supplier for evidence' },
  { type: 'hold_next_order', label: 'Hold the next order' },
  { type: 'assign_follow_up_owner', label: 'Assign a follow-up owner' },
  { type: 'accept_file_current', label: 'Keep the file as it is' },
];
const CLAIM_LOCATIONS = [
  'product_page',
  'faq',
  'support_macro',
  'chatbot_knowledge',
  'policy_page',
  'delivery_promise',
  'ad_creative_brief',
] as const;
/** A corrected claim in one of these places is a knowledge entry: the page opens it to edit. */
const KNOWLEDGE_OF: Partial<Record<string, KnowledgeKind>> = { faq: 'faq', support_macro: 'macro', chatbot_knowledge: 'chatbot' };

export interface DecisionTarget {
  id: number;
  label: string;
  sku: string;
  batch: string | null;
  supplier: string | null;
}

/** "Record decision": the owner's answer back, one form per decision type with that type's fields. */
export function RecordDecision({ targets, onRecorded }: { targets: DecisionTarget[]; onRecorded: () => Promise<void> | void }) {
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState(targets[0]?.id ?? 0);
  const [type, setType] = useState<DecisionType>('correct_public_claim');
  const [f, setF] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState<Decision | null>(null);
  const t = targets.find((x) => x.id === target) ?? targets[0];
  if (!t) return null;
  const v = (k: string, fallback = '') => f[k] ?? fallback;
  const set = (k: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setF((o) => ({ ...o, [k]: e.target.value }));
  const input = (k: string, label: string, opts: { fallback?: string; type?: string; required?: boolean } = {}) => (
    <label className="field">
      {label}
      <input type={opts.type ?? 'text'} value={v(k, opts.fallback)} required={opts.required ?? true} onChange={set(k)} />
    </label>
  );

  const details = (): Record<string, unknown> => {
    const opt = (k: string, fallback = '') => (v(k, fallback).trim() ? v(k, fallback).trim() : undefined);
    switch (type) {
      case 'correct_public_claim':
        return { location: v('location', 'faq'), claimBefore: opt('claimBefore') ?? null, claimAfter: v('claimAfter') };
      case 'ask_supplier_evidence':
        return {
          supplier: v('supplier', t.supplier ?? ''),
          evidenceRequested: v('evidence')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          dueAt: endOfDay(v('dueAt')),
        };
      case 'hold_next_order':
        return {
          sku: v('sku', t.sku),
          batch: opt('batch', t.batch ?? '') ?? null,
          supplier: opt('supplier', t.supplier ?? '') ?? null,
          releaseCondition: v('releaseCondition'),
        };
      case 'assign_follow_up_owner':
        return { owner: v('owner'), ownerTeam: v('ownerTeam', 'support'), dueAt: endOfDay(v('dueAt')) };
      default:
        return {};
    }
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const by = v('decidedBy').trim();
    const r = await api.post<Decision>(`/api/issues/${t.id}/decisions`, {
      type,
      note: v('note'),
      ...(by ? { decidedBy: by } : {}),
      ...details(),
    });
    if (!r.ok) {
      setError(r);
      return;
    }
    setDone(r.data);
    setOpen(false);
    setF({});
    await onRecorded();
    const kind = type === 'correct_public_claim' ? KNOWLEDGE_OF[v('location', 'faq')] : undefined;
    if (kind) {
      navigate(`/knowledge?sku=${encodeURIComponent(t.sku)}&kind=${kind}&edit=1&issue=${t.id}&decision=${r.data.id}`);
    }
  };

  if (!open) {
    return (
      <div className="row">
        <button type="button" onClick={() => setOpen(true)}>
          Record decision
        </button>
        {done && (
          <p role="status" className="muted">
            Recorded: {words(done.type)} (decision {done.id}).
          </p>
        )}
      </div>
    );
  }
  return (
    <form className="panel stack" aria-label="Record decision" onSubmit={submit}>
      <h3>Record the owner's decision</h3>
      {targets.length > 1 && (
        <label className="field">
          Issue
          <select value={t.id} onChange={(e) => setTarget(Number(e.target.value))}>
            {targets.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        Decision
        <select
          value={type}
          onChange={(e) => {
            setType(e.target.value as DecisionType);
            setError(null);
          }}
        >
          {DECISION_TYPES.map((d) => (
            <option key={d.type} value={d.type}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      {type === 'correct_public_claim' && (
        <>
          <label className="field">
            Where the claim is
            <select value={v('location', 'faq')} onChange={set('location')}>
              {CLAIM_LOCATIONS.map((l) => (
                <option key={l} value={l}>
                  {words(l)}
                </option>
              ))}
            </select>
          </label>
          {input('claimBefore', 'Claim before', { required: false })}
          {input('claimAfter', 'Claim after')}
        </>
      )}
      {type === 'ask_supplier_evidence' && (
        <>
          {input('supplier', 'Supplier', { fallback: t.supplier ?? '' })}
          <label className="field">
            Evidence requested (one per line)
            <textarea value={v('evidence')} required rows={3} onChange={set('evidence')} />
          </label>
          {input('dueAt', 'Evidence due', { type: 'date' })}
        </>
      )}
      {type === 'hold_next_order' && (
        <>
          {input('sku', 'SKU', { fallback: t.sku })}
          {input('batch', 'Batch', { fallback: t.batch ?? '', required: false })}
          {input('supplier', 'Supplier', { fallback: t.supplier ?? '', required: false })}
          {input('releaseCondition', 'Release condition')}
        </>
      )}
      {type === 'assign_follow_up_owner' && (
        <>
          {input('owner', 'Follow-up owner')}
          <label className="field">
            Owner team
            <select value={v('ownerTeam', 'support')} onChange={set('ownerTeam')}>
              {OWNER_TEAMS.map((x) => (
                <option key={x} value={x}>
                  {words(x)}
                </option>
              ))}
            </select>
          </label>
          {input('dueAt', 'Follow-up due', { type: 'date' })}
        </>
      )}
      <label className="field">
        {type === 'accept_file_current' ? 'Why the file stays as it is (at least 20 characters)' : 'Note'}
        <textarea value={v('note')} required minLength={type === 'accept_file_current' ? 20 : 1} rows={2} onChange={set('note')} />
      </label>
      {input('decidedBy', 'Decided by', { required: false })}
      {error && <ErrorNote result={error} />}
      <div className="row">
        <button type="submit" className="primary">
          Save decision
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Close the form
        </button>
      </div>
    </form>
  );
}
