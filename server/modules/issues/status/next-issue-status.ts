import type { IssueRuleError } from './errors.js';

export const ISSUE_STATUSES = [
  'watching',
  'needs_action',
  'action_planned',
  'fixed_awaiting_review',
  'verified_shrinking',
  'not_shrinking',
  'praise',
  'closed',
] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/**
 * The states of the work on an issue (its write-back actions) that its status follows from. The
 * actions module owns the work and reports these to refreshIssueWork; an action's status is one
 * of them (checked where ACTION_STATUSES is declared).
 */
export const WORK_STATUSES = ['proposed', 'accepted', 'in_progress', 'done', 'verified', 'failed', 'cancelled'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** Signals before a repeat needs an owner even without a spike (DESIGN: "a repeated problem"). */
export const DEFAULT_REPEAT_THRESHOLD = 3;

export interface IssueFacts {
  current: IssueStatus;
  signalCount: number;
  /** A spike or hard rule fired since the latest action was done (or ever, if none was). */
  flagged: boolean;
  actions: readonly { status: WorkStatus }[];
  closeRequested?: boolean;
  repeatThreshold?: number;
  /** A praise issue: customers like something. Nothing to fix, so it never needs action by itself. */
  praise?: boolean;
}

export interface IssueStatusDecision {
  status: IssueStatus;
  why: string;
}

const OPEN_WORK: readonly WorkStatus[] = ['proposed', 'accepted', 'in_progress'];

/**
 * The issue's status follows from facts, not from whoever clicked last, so a job can recompute
 * it any number of times and land on the same answer. Precedence: open work, then a fix awaiting
 * its verdict, then a renewed alarm, then the latest verdicts.
 */
export function nextIssueStatus(f: IssueFacts): IssueStatusDecision {
  const has = (s: WorkStatus) => f.actions.some((a) => a.status === s);
  // An alarm on an issue whose signals have all moved to other issues has nothing left to act on.
  // Praise that spikes is good news, not an alarm.
  const alarm = f.flagged && f.signalCount > 0 && !f.praise;
  if (f.current === 'closed') {
    return alarm
      ? { status: 'needs_action', why: 'a closed issue came back: a spike or rule fired again' }
      : { status: 'closed', why: 'closed' };
  }
  if (f.closeRequested && canCloseIssue(f).ok) return { status: 'closed', why: 'closed by its owner' };
  if (f.actions.some((a) => OPEN_WORK.includes(a.status))) return { status: 'action_planned', why: 'an action is planned or in progress' };
  if (has('done')) return { status: 'fixed_awaiting_review', why: 'a fix is live and its review window is open' };
  if (f.praise) return { status: 'praise', why: 'customers praise it: nothing to fix; worth quoting' };
  if (alarm) return { status: 'needs_action', why: 'a spike or rule fired and no fix is pending' };
  if (has('verified')) return { status: 'verified_shrinking', why: 'the fix was verified: the rate shrank' };
  if (has('failed')) return { status: 'not_shrinking', why: 'the fix did not shrink the rate; a new action is needed' };
  if (f.signalCount >= (f.repeatThreshold ?? DEFAULT_REPEAT_THRESHOLD)) {
    return { status: 'needs_action', why: 'the problem repeats and has no owner yet' };
  }
  return { status: 'watching', why: 'too few signals to call it a repeat' };
}

/**
 * Why an owner closes an issue. `resolved` needs a verdict first (verified shrinking, or not
 * shrinking and the owner accepts it); `not_a_real_issue` and `duplicate` may close an issue
 * nobody has acted on yet (watching, needs action).
 */
export const CLOSE_REASONS = ['resolved', 'not_a_real_issue', 'duplicate'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

const AFTER_VERDICT: readonly IssueStatus[] = ['verified_shrinking', 'not_shrinking'];
const BEFORE_ACTION: readonly IssueStatus[] = ['watching', 'needs_action', 'praise'];

/**
 * An issue can close only when no fix is still pending and it is not actively alarming; with a
 * reason, only from the states that reason fits.
 */
export function canCloseIssue(
  f: IssueFacts,
  reason?: CloseReason,
): { ok: true } | { ok: false; error: IssueRuleError<'issue_close_blocked'> } {
  if (f.current === 'closed') return { ok: false, error: { code: 'issue_close_blocked', reason: 'the issue is already closed' } };
  if (f.actions.some((a) => OPEN_WORK.includes(a.status) || a.status === 'done')) {
    return {
      ok: false,
      error: { code: 'issue_close_blocked', reason: 'finish or cancel its actions first; a live fix still awaits its verdict' },
    };
  }
  if (f.flagged && !f.praise)
    return { ok: false, error: { code: 'issue_close_blocked', reason: 'the issue is spiking; it cannot be closed while alarming' } };
  if (reason === 'resolved' && !AFTER_VERDICT.includes(f.current)) {
    return {
      ok: false,
      error: {
        code: 'issue_close_blocked',
        reason: `"resolved" needs a verdict first (the issue is ${f.current}); close it as not_a_real_issue or duplicate, or act on it`,
      },
    };
  }
  if (reason && reason !== 'resolved' && !BEFORE_ACTION.includes(f.current) && !AFTER_VERDICT.includes(f.current)) {
    return { ok: false, error: { code: 'issue_close_blocked', reason: `an issue that is ${f.current} cannot be closed` } };
  }
  return { ok: true };
}
