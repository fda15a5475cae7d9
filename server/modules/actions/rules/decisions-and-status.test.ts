import { describe, expect, it } from 'vitest';
import { canCloseIssue, type IssueFacts, nextIssueStatus } from './next-issue-status.js';
import { validateDecision } from './validate-decision.js';

const base = { issueId: 'iss_1', decidedBy: 'ana@sourcing', decidedAt: '2026-05-01T09:00:00Z', note: 'Checked the batch photos.' };

describe('validateDecision', () => {
  it('accepts each of the five decision types with its own fields', () => {
    const ok = [
      { ...base, type: 'accept_file_current', note: 'Sample and shipped units match the spec sheet exactly.' },
      { ...base, type: 'correct_public_claim', location: 'product_page', claimBefore: 'fits all cup holders', claimAfter: 'fits holders 65–80 mm' },
      { ...base, type: 'ask_supplier_evidence', supplier: 'Acme', evidenceRequested: ['strap pull test for B7'], dueAt: '2026-05-08T09:00:00Z' },
      { ...base, type: 'hold_next_order', sku: 'BAG-1', batch: 'B8', releaseCondition: 'supplier shows strap test results' },
      { ...base, type: 'assign_follow_up_owner', owner: 'Rui', ownerTeam: 'fulfilment', dueAt: '2026-05-03T00:00:00Z' },
    ];
    for (const d of ok) expect(validateDecision(d).ok, d.type).toBe(true);
  });

  it('accepting the file as current needs a real argument', () => {
    const r = validateDecision({ ...base, type: 'accept_file_current', note: 'ok' });
    expect(r.ok || r.errors[0]!.path).toBe('note');
  });

  it('names the missing field and the bad date order', () => {
    const r = validateDecision({ ...base, type: 'ask_supplier_evidence', supplier: 'Acme', evidenceRequested: [], dueAt: '2026-04-01T00:00:00Z' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('decision_invalid');
      expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['evidenceRequested']));
    }
    const late = validateDecision({ ...base, type: 'assign_follow_up_owner', owner: 'Rui', ownerTeam: 'fulfilment', dueAt: '2026-04-01T00:00:00Z' });
    expect(late.ok || late.errors.map((e) => e.path)).toEqual(['dueAt']);
  });

  it('rejects unknown types and unknown fields', () => {
    expect(validateDecision({ ...base, type: 'shrug' }).ok).toBe(false);
    expect(validateDecision({ ...base, type: 'hold_next_order', sku: 'S', releaseCondition: 'x', colour: 'red' }).ok).toBe(false);
  });
});

const facts = (over: Partial<IssueFacts> = {}): IssueFacts => ({ current: 'watching', signalCount: 1, flagged: false, actions: [], ...over });

describe('nextIssueStatus', () => {
  it('watching until it repeats or alarms', () => {
    expect(nextIssueStatus(facts()).status).toBe('watching');
    expect(nextIssueStatus(facts({ signalCount: 3 })).status).toBe('needs_action');
    expect(nextIssueStatus(facts({ flagged: true })).status).toBe('needs_action');
  });

  it('follows its actions through the loop', () => {
    expect(nextIssueStatus(facts({ actions: [{ status: 'proposed' }] })).status).toBe('action_planned');
    expect(nextIssueStatus(facts({ actions: [{ status: 'done' }] })).status).toBe('fixed_awaiting_review');
    expect(nextIssueStatus(facts({ actions: [{ status: 'verified' }] })).status).toBe('verified_shrinking');
    expect(nextIssueStatus(facts({ actions: [{ status: 'failed' }] })).status).toBe('not_shrinking');
  });

  it('open work outranks a pending review, which outranks old verdicts', () => {
    expect(nextIssueStatus(facts({ actions: [{ status: 'failed' }, { status: 'accepted' }] })).status).toBe('action_planned');
    expect(nextIssueStatus(facts({ actions: [{ status: 'verified' }, { status: 'done' }] })).status).toBe('fixed_awaiting_review');
  });

  it('cancelled actions are as good as none', () => {
    expect(nextIssueStatus(facts({ signalCount: 5, actions: [{ status: 'cancelled' }] })).status).toBe('needs_action');
  });

  it('a verified issue that alarms again needs action; a closed one reopens', () => {
    expect(nextIssueStatus(facts({ flagged: true, actions: [{ status: 'verified' }] })).status).toBe('needs_action');
    expect(nextIssueStatus(facts({ current: 'closed', flagged: true })).status).toBe('needs_action');
    expect(nextIssueStatus(facts({ current: 'closed', signalCount: 50 })).status).toBe('closed');
  });

  it('an issue whose signals all moved away is watched, not alarming, and stays closed', () => {
    expect(nextIssueStatus(facts({ signalCount: 0, flagged: true })).status).toBe('watching');
    expect(nextIssueStatus(facts({ current: 'closed', signalCount: 0, flagged: true })).status).toBe('closed');
    expect(nextIssueStatus(facts({ signalCount: 0, flagged: true, actions: [{ status: 'verified' }] })).status).toBe('verified_shrinking');
  });

  it('closing fits the reason: resolved after a verdict; not a real issue or duplicate before any action', () => {
    const blocked = (f: Partial<IssueFacts>, r: Parameters<typeof canCloseIssue>[1]) => { const x = canCloseIssue(facts(f), r); return x.ok ? 'ok' : x.error.code; };
    expect(blocked({ current: 'verified_shrinking', actions: [{ status: 'verified' }] }, 'resolved')).toBe('ok');
    expect(blocked({ current: 'not_shrinking', actions: [{ status: 'failed' }] }, 'resolved')).toBe('ok');
    expect(blocked({ current: 'needs_action', signalCount: 5 }, 'resolved')).toBe('issue_close_blocked');
    expect(blocked({ current: 'needs_action', signalCount: 5 }, 'not_a_real_issue')).toBe('ok');
    expect(blocked({ current: 'watching' }, 'duplicate')).toBe('ok');
    expect(blocked({ current: 'action_planned', actions: [{ status: 'accepted' }] }, 'duplicate')).toBe('issue_close_blocked');
    expect(blocked({ current: 'fixed_awaiting_review', actions: [{ status: 'done' }] }, 'resolved')).toBe('issue_close_blocked');
    expect(blocked({ current: 'needs_action', flagged: true }, 'not_a_real_issue')).toBe('issue_close_blocked');
    expect(blocked({ current: 'closed' }, 'duplicate')).toBe('issue_close_blocked');
  });

  it('closes on request only when nothing is pending', () => {
    expect(nextIssueStatus(facts({ closeRequested: true, actions: [{ status: 'verified' }] })).status).toBe('closed');
    expect(nextIssueStatus(facts({ closeRequested: true, actions: [{ status: 'done' }] })).status).toBe('fixed_awaiting_review');
    const blocked = canCloseIssue(facts({ flagged: true }));
    expect(blocked.ok || blocked.error.code).toBe('issue_close_blocked');
  });

  it('is idempotent: recomputing from the same facts gives the same answer', () => {
    const f = facts({ current: 'action_planned', actions: [{ status: 'done' }] });
    const once = nextIssueStatus(f);
    expect(nextIssueStatus({ ...f, current: once.status })).toEqual(once);
  });
});
