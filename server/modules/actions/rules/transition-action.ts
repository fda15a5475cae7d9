import type { VerdictResult } from '../verdict/index.js';
import type { RuleError } from './errors.js';
import type { WorkStatus } from '../../issues/index.js';

/** Every action status is a state of work the issue's status rules understand (issues' WORK_STATUSES). */
export const ACTION_STATUSES = [
  'proposed',
  'accepted',
  'in_progress',
  'done',
  'verified',
  'failed',
  'cancelled',
] as const satisfies readonly WorkStatus[];
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where each status may go. accepted → done is allowed: a one-line FAQ fix needs no "in progress". */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  proposed: ['accepted', 'cancelled'],
  accepted: ['in_progress', 'done', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: ['verified', 'failed'],
  verified: [],
  failed: [],
  cancelled: [],
};

export interface ActionBaseline {
  metric: string;
  value: number;
  takenAt: Date;
}

/** The fields the state machine reads and writes; callers keep the rest of the action. */
export interface ActionState {
  status: ActionStatus;
  doneAt?: Date | null;
  reviewDate?: Date | null;
  baseline?: ActionBaseline | null;
}

export interface TransitionContext {
  at: Date;
  reason?: string | null;
  /** Required to mark done: the metric's value when the change went live. */
  baseline?: { metric: string; value: number } | null;
  /** Sets the review date when marking done, if the action has none yet (the playbook's window). */
  reviewWindowDays?: number | null;
  /** Required to verify or fail: the effect verdict at the review date. */
  verdict?: { result: VerdictResult } | null;
}

export interface ActionEvent {
  type: `action.${ActionStatus}`;
  from: ActionStatus;
  to: ActionStatus;
  at: Date;
  reason: string | null;
}

export type TransitionResult<T extends ActionState> = { ok: true; action: T; event: ActionEvent } | { ok: false; error: RuleError };

const err = (code: RuleError['code'], reason: string) => ({ ok: false as const, error: { code, reason } });

/** Moves an action to `to`, or says why it cannot; never mutates the input. */
export function transition<T extends ActionState>(action: T, to: ActionStatus, ctx: TransitionContext): TransitionResult<T> {
  const from = action.status;
  if (ACTION_TRANSITIONS[from].length === 0) return err('action_terminal', `the action is ${from}; open a new action instead`);
  if (!ACTION_TRANSITIONS[from].includes(to)) {
    return err('action_invalid_transition', `cannot go from ${from} to ${to}; allowed: ${ACTION_TRANSITIONS[from].join(', ')}`);
  }
  const reason = ctx.reason?.trim() || null;
  const next: T = { ...action, status: to };

  if (to === 'cancelled' && !reason) return err('action_reason_required', 'say why the action is cancelled');
  if (to === 'done') {
    // Without the metric's value at the moment of change there is nothing to compare the verdict to.
    if (!ctx.baseline || !Number.isFinite(ctx.baseline.value)) {
      return err('action_baseline_required', "record the review metric's baseline when marking the action done");
    }
    next.doneAt = ctx.at;
    next.baseline = { ...ctx.baseline, takenAt: ctx.at };
    if (!action.reviewDate && ctx.reviewWindowDays) {
      next.reviewDate = new Date(ctx.at.getTime() + ctx.reviewWindowDays * 86_400_000);
    }
  }
  if (to === 'verified' || to === 'failed') {
    if (action.reviewDate && ctx.at < action.reviewDate) {
      return err('action_review_window_open', `the review window closes on ${action.reviewDate.toISOString().slice(0, 10)}`);
    }
    if (!ctx.verdict) return err('action_verdict_required', `a verdict is needed to mark the action ${to}`);
    const r = ctx.verdict.result;
    if (to === 'verified' && r !== 'shrinking') {
      return err('action_verdict_mismatch', `only a shrinking verdict verifies a fix (this one is ${r})`);
    }
    if (to === 'failed' && r === 'shrinking') return err('action_verdict_mismatch', 'the verdict is shrinking: verify instead');
    // Too little data is not proof of failure; the owner must say why they call it failed.
    if (to === 'failed' && r === 'too_little_data' && !reason) {
      return err('action_reason_required', 'the verdict had too little data: say why the fix is judged failed');
    }
  }
  return { ok: true, action: next, event: { type: `action.${to}`, from, to, at: ctx.at, reason } };
}
