import { describe, expect, it } from 'vitest';
import { type ActionState, type ActionStatus, transition } from './transition-action.js';

const at = new Date('2026-04-01T10:00:00Z');
const buildAction = (status: ActionStatus, over: Partial<ActionState> = {}): ActionState & { id: string } => ({
  id: 'a1',
  status,
  ...over,
});
const baseline = { metric: 'fit_questions_per_order', value: 0.12 };

describe('transition', () => {
  it('walks the happy path proposed → accepted → in_progress → done → verified', () => {
    let a = buildAction('proposed');
    for (const [to, ctx] of [
      ['accepted', { at }],
      ['in_progress', { at }],
      ['done', { at, baseline, reviewWindowDays: 14 }],
      ['verified', { at: new Date('2026-04-15T10:00:00Z'), verdict: { result: 'shrinking' as const } }],
    ] as const) {
      const r = transition(a, to, ctx);
      if (!r.ok) throw new Error(r.error.reason);
      expect(r.event).toMatchObject({ type: `action.${to}`, from: a.status, to });
      a = r.action;
    }
    expect(a.status).toBe('verified');
    expect(a.id).toBe('a1');
  });

  it('marking done records the baseline and sets the review date from the window', () => {
    const r = transition(buildAction('accepted'), 'done', { at, baseline, reviewWindowDays: 14 });
    expect(r.ok && r.action.baseline).toEqual({ ...baseline, takenAt: at });
    expect(r.ok && r.action.reviewDate).toEqual(new Date('2026-04-15T10:00:00Z'));
    expect(r.ok && r.action.doneAt).toEqual(at);
  });

  it('keeps a review date already agreed', () => {
    const agreed = new Date('2026-04-20T00:00:00Z');
    const r = transition(buildAction('in_progress', { reviewDate: agreed }), 'done', { at, baseline, reviewWindowDays: 7 });
    expect(r.ok && r.action.reviewDate).toEqual(agreed);
  });

  it('refuses done without a baseline', () => {
    const r = transition(buildAction('in_progress'), 'done', { at });
    expect(r.ok || r.error.code).toBe('action_baseline_required');
  });

  it('refuses skipping ahead and names the allowed moves', () => {
    const r = transition(buildAction('proposed'), 'done', { at, baseline });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('action_invalid_transition');
      expect(r.error.reason).toContain('accepted, cancelled');
    }
  });

  it('terminal states stay terminal', () => {
    for (const s of ['verified', 'failed', 'cancelled'] as const) {
      const r = transition(buildAction(s), 'accepted', { at });
      expect(r.ok || r.error.code).toBe('action_terminal');
    }
  });

  it('cancelling needs a reason', () => {
    expect(transition(buildAction('accepted'), 'cancelled', { at, reason: '  ' }).ok).toBe(false);
    expect(transition(buildAction('accepted'), 'cancelled', { at, reason: 'duplicate of a2' }).ok).toBe(true);
  });

  it('verifying needs a shrinking verdict after the review date', () => {
    const done = buildAction('done', { reviewDate: new Date('2026-04-15T00:00:00Z') });
    const early = transition(done, 'verified', { at, verdict: { result: 'shrinking' } });
    expect(early.ok || early.error.code).toBe('action_review_window_open');
    const late = new Date('2026-04-16T00:00:00Z');
    expect(transition(done, 'verified', { at: late }).ok || 'x').toBe('x');
    const noChange = transition(done, 'verified', { at: late, verdict: { result: 'no_change' } });
    expect(noChange.ok || noChange.error.code).toBe('action_verdict_mismatch');
    expect(transition(done, 'verified', { at: late, verdict: { result: 'shrinking' } }).ok).toBe(true);
  });

  it('failing: refused on a shrinking verdict, needs a reason when data were too few', () => {
    const done = buildAction('done');
    const shrink = transition(done, 'failed', { at, verdict: { result: 'shrinking' } });
    expect(shrink.ok || shrink.error.code).toBe('action_verdict_mismatch');
    const thin = transition(done, 'failed', { at, verdict: { result: 'too_little_data' } });
    expect(thin.ok || thin.error.code).toBe('action_reason_required');
    expect(transition(done, 'failed', { at, verdict: { result: 'too_little_data' }, reason: 'still hearing it daily' }).ok).toBe(true);
    expect(transition(done, 'failed', { at, verdict: { result: 'growing' } }).ok).toBe(true);
  });

  it('does not mutate the action it was given', () => {
    const a = buildAction('proposed');
    transition(a, 'accepted', { at });
    expect(a.status).toBe('proposed');
  });
});
