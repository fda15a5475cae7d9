import { describe, expect, it } from 'vitest';
import { canCloseIssue, type IssueFacts, nextIssueStatus } from './next-issue-status.js';

const facts = (over: Partial<IssueFacts> = {}): IssueFacts => ({
  current: 'watching',
  signalCount: 1,
  flagged: false,
  actions: [],
  ...over,
});

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
    const blocked = (f: Partial<IssueFacts>, r: Parameters<typeof canCloseIssue>[1]) => {
      const x = canCloseIssue(facts(f), r);
      return x.ok ? 'ok' : x.error.code;
    };
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

describe('praise issues', () => {
  const praise = (over: Partial<IssueFacts> = {}): IssueFacts => ({
    current: 'watching',
    signalCount: 12,
    flagged: false,
    actions: [],
    praise: true,
    ...over,
  });
  it('read "praise", never "needs action", however many signals or spikes they have', () => {
    expect(nextIssueStatus(praise()).status).toBe('praise');
    expect(nextIssueStatus(praise({ flagged: true })).status).toBe('praise');
    expect(nextIssueStatus(praise({ current: 'needs_action', flagged: true, signalCount: 40 })).status).toBe('praise');
    // A closed praise issue that spikes again stays closed: good news does not reopen work.
    expect(nextIssueStatus(praise({ current: 'closed', flagged: true })).status).toBe('closed');
  });
  it('still follow work someone planned on them, and can be closed as not a real issue or a duplicate', () => {
    expect(nextIssueStatus(praise({ actions: [{ status: 'proposed' }] })).status).toBe('action_planned');
    expect(canCloseIssue(praise({ current: 'praise', flagged: true }), 'duplicate')).toEqual({ ok: true });
  });
});
