import type { IssueType } from '../../../../contracts/signal.js';
import { BLOCKED_MOVE_REASONS, type BlockedMoveCode, type Playbook, type WriteBackLocation } from '../../playbooks/index.js';
import { namesRemedy } from '../../replies/index.js';
import { detectKinds } from './action-kinds.js';
import type { ActionKind, AutomationScope } from './action-kinds.js';
import type { ActionStatus } from './transition-action.js';

export interface ProposedAction {
  location: WriteBackLocation;
  change: string;
  /** What the action does, when stated; the change text is also scanned as a backstop. */
  kinds?: readonly ActionKind[];
  /** What an automation or escalation change hands to the bot. */
  automates?: readonly AutomationScope[];
  /** A delivery date promised to customers, and who controls it. */
  promisedDate?: { controlledBy?: string | null } | null;
  /** Customer content to be reused, with its recorded permission. */
  ugc?: { permission: 'requested' | 'granted' | 'denied' | 'expired'; channels: readonly string[]; targetChannel: string } | null;
}

export interface IssueForBlockedMoves {
  issueType: IssueType;
  signalCount: number;
  /** Open: the problem has not been verified fixed or closed. */
  open: boolean;
  /** The issue's other actions. */
  actions: readonly { location: WriteBackLocation; status: ActionStatus; kinds?: readonly ActionKind[] }[];
}

export interface Refusal {
  code: BlockedMoveCode;
  reason: string;
}

/** Support-side scripts: they answer the next asker but change nothing the shopper sees first. */
const SCRIPT_LOCATIONS: readonly WriteBackLocation[] = ['support_macro', 'chatbot_knowledge'];
const SENSITIVE_SCOPES: readonly AutomationScope[] = ['refunds', 'disputes', 'chargebacks', 'angry_customers', 'safety', 'high_value'];
const LIVE: readonly ActionStatus[] = ['proposed', 'accepted', 'in_progress', 'done', 'verified'];

function reasonFor(code: BlockedMoveCode, playbook: Playbook | null, detail: string): string {
  const base = playbook?.blockedMoves.find((b) => b.code === code)?.reason ?? BLOCKED_MOVE_REASONS[code].reason;
  return `${detail} ${base}`;
}

/**
 * Which tempting moves this action would make. Some are refused only when the playbook blocks
 * them (a longer macro is fine for a one-off question); the rest are refused everywhere,
 * because no issue makes them safe.
 */
export function checkBlockedMoves(proposed: ProposedAction, issue: IssueForBlockedMoves, playbook: Playbook | null): Refusal[] {
  const kinds = new Set<ActionKind>([...(proposed.kinds ?? []), ...detectKinds(proposed.change)]);
  const others = issue.actions.filter((a) => LIVE.includes(a.status));
  const refusals: Refusal[] = [];
  const refuse = (code: BlockedMoveCode, detail: string) => refusals.push({ code, reason: reasonFor(code, playbook, detail) });

  // The playbook's first location is its primary fix: a chatbot entry is the root fix for a
  // chatbot issue, but only a script for a fit question.
  const scripts = SCRIPT_LOCATIONS.filter((l) => l !== playbook?.writeBack[0]?.location);
  const rootFixes = (playbook?.writeBack ?? []).map((w) => w.location).filter((l) => !scripts.includes(l));
  if (
    playbook?.blockedMoves.some((b) => b.code === 'macro_only') &&
    issue.signalCount >= 2 &&
    scripts.includes(proposed.location) &&
    rootFixes.length > 0 &&
    !others.some((a) => rootFixes.includes(a.location))
  ) {
    refuse('macro_only', `This repeat needs a change at ${rootFixes.join(', ')} first; a ${proposed.location} change alone is refused.`);
  }

  // Another live action that is more than money counts as a real answer to the issue.
  const otherAnswers = others.filter((a) => !a.kinds?.length || a.kinds.some((k) => k !== 'discount' && k !== 'refund'));
  // Refused whatever the playbook, as the reply guardrail refuses a discount-only reply: unless the
  // action itself names a remedy or another live action is more than money.
  if (kinds.has('discount') && !namesRemedy(proposed.change) && otherAnswers.length === 0) {
    refuse('discount_only', 'A discount is the only answer planned for this issue.');
  }
  if (kinds.has('refund') && playbook?.blockedMoves.some((b) => b.code === 'refund_and_close') && otherAnswers.length === 0) {
    refuse('refund_and_close', 'Refunds are the only action planned; nothing reaches the product, QA or supplier file.');
  }

  const sensitive = (proposed.automates ?? []).filter((s) => SENSITIVE_SCOPES.includes(s));
  if (sensitive.length > 0) refuse('automation_on_sensitive', `This hands ${sensitive.join(', ')} to automation.`);
  if ((kinds.has('date_promise') || proposed.promisedDate) && !proposed.promisedDate?.controlledBy?.trim()) {
    refuse('uncontrolled_date_promise', 'The change promises a date but names nobody who controls it.');
  }
  if (kinds.has('ugc_reuse') || proposed.ugc) {
    const u = proposed.ugc;
    if (u?.permission !== 'granted' || !u.channels.includes(u.targetChannel)) {
      refuse('ugc_without_permission', `No granted permission is recorded for ${u?.targetChannel ?? 'this channel'}.`);
    }
  }
  if (kinds.has('review_filter')) refuse('review_filtering', 'The change hides or filters out critical reviews.');
  if (kinds.has('review_request') && issue.open && issue.issueType !== 'praise') {
    refuse('review_request_too_early', 'The issue is still open for these buyers.');
  }
  return refusals;
}
