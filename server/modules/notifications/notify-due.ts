// The `notifications` job: the notifications no single write causes, found by looking at the
// store. Each is keyed by the fact it is about, unique per person (and per webhook), so a second
// run, a late run or two processes at once tell nobody twice.
//   SLA at risk on your signal   at-risk and breached SLA events of the last days → the signal's assignee
//   action due tomorrow / overdue open actions due within a day, or past due → the assignee, else the owner team
//   decision asked of you        an issue that came to need action → its owner team; a follow-up owner
//                                decision → the person it names (email or name), else its team
//   supplier evidence overdue    an `ask_supplier_evidence` decision past its due date → the issue's owner team
//   verdict arrived              an action's review verdict → the action's assignee, else its owner team
// Decisions asked and verdicts are read from the event log after a cursor this job keeps (a fresh
// store starts a day back, so turning the job on does not replay history). Titles hold ids and
// labels only, never customer text.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppContext } from '../../platform/http/context.js';
import { lastRun, runExclusive } from '../../platform/jobs.js';
import { assignableUsers, type User } from '../people/index.js';
import { signalAssignees } from '../signals/index.js';
import { slaRisksBetween } from '../sla/index.js';
import { getIssues } from '../issues/index.js';
import { actionHolders, openActionsDueBetween, supplierEvidenceDueBetween } from '../actions/index.js';
import type { NotificationEvent, NotificationKind } from '../../../contracts/notifications.js';
import { insertNotifications, type NewNotification } from './notification-repository.js';
import { enqueueDeliveries, listWebhooks } from './webhook-repository.js';
import { advanceCursor, eventsAfter, readCursor } from './cursor-repository.js';

const DAY = 86_400_000;
/** How far back a due date or an SLA fact is still worth telling (a job that was off for a week does not send a month). */
const LOOKBACK_MS = 7 * DAY;
/**
 * SLA facts are read from a little before the job's last run, not the whole week each time (a big
 * store has thousands): a fact the sweep writes late still falls inside this margin.
 */
const SLA_MARGIN_MS = 6 * 3_600_000;
const CURSOR = 'notifications';
const LOGGED = ['issue.status_changed', 'decision.recorded', 'action.verified', 'action.failed', 'action.reviewed'];

/** One fact: who is told, and what a webhook that asked for `event` receives. */
interface Fact {
  key: string;
  kind: NotificationKind;
  event: NotificationEvent;
  title: string;
  subjectType: 'signal' | 'issue';
  subjectId: string;
  userIds: number[];
  data: Record<string, unknown>;
}

export async function notifyDue(ctx: Pick<AppContext, 'db' | 'clock'>) {
  return runExclusive(ctx.db, ctx.clock, 'notifications', async (tx) => {
    const now = ctx.clock.now();
    const previous = await lastRun(tx, 'notifications');
    const people = await assignableUsers(tx);
    const team = (name: string | null | undefined) => (name ? people.filter((u) => u.teams.includes(name)).map((u) => u.id) : []);
    const facts = [
      ...(await slaFacts(tx, now, previous)),
      ...(await actionDueFacts(tx, now, team)),
      ...(await evidenceFacts(tx, now, team, people)),
      ...(await loggedFacts(tx, now, team, people)),
    ];
    const told = await insertNotifications(
      tx,
      facts.flatMap((f) =>
        [...new Set(f.userIds)].map(
          (userId): NewNotification => ({
            userId,
            kind: f.kind,
            title: f.title,
            subjectType: f.subjectType,
            subjectId: f.subjectId,
            at: now,
            key: f.key,
          }),
        ),
      ),
    );
    const hooks = await listWebhooks(tx, { enabledOnly: true });
    const deliveries = facts.flatMap((f) =>
      hooks
        .filter((w) => w.events.includes(f.event))
        .map((w) => ({
          webhookId: w.id,
          eventType: f.event,
          key: f.key,
          at: now,
          body: w.format === 'slack' ? { text: f.title } : { event: f.event, at: now.toISOString(), text: f.title, data: f.data },
        })),
    );
    await enqueueDeliveries(tx, deliveries);
    return { facts: facts.length, told };
  });
}

async function slaFacts(tx: Transaction<DB>, now: Date, previous: Date | null): Promise<Fact[]> {
  const from = Math.max(now.getTime() - LOOKBACK_MS, previous ? previous.getTime() - SLA_MARGIN_MS : 0);
  const risks = await slaRisksBetween(tx, new Date(from), new Date(now.getTime() + 1));
  const holders = await signalAssignees(tx, [...new Set(risks.map((r) => r.signalId))]);
  return risks.map((r) => {
    const assignee = holders.get(r.signalId) ?? null;
    const clock = r.type.startsWith('first_response') ? 'first reply' : 'resolution';
    const state = r.type.endsWith('breached') ? 'missed its SLA' : 'is at risk of missing its SLA';
    return {
      key: `sla:${r.key}`,
      kind: 'sla_at_risk',
      event: 'sla.at_risk',
      title: `Signal #${r.signalId}: the ${clock} ${state}`,
      subjectType: 'signal',
      subjectId: String(r.signalId),
      userIds: assignee === null ? [] : [assignee],
      data: { signalId: r.signalId, slaEvent: r.type, at: r.at.toISOString(), assigneeId: assignee },
    };
  });
}

async function actionDueFacts(tx: Transaction<DB>, now: Date, team: (t: string) => number[]): Promise<Fact[]> {
  const due = await openActionsDueBetween(tx, new Date(now.getTime() - LOOKBACK_MS), new Date(now.getTime() + DAY));
  return due.map((a) => {
    const overdue = a.dueAt! <= now;
    return {
      // The due date is in the key: moved to a new date, the action is told about again.
      key: `action_due:${a.id}:${a.dueAt!.toISOString()}:${overdue ? 'overdue' : 'soon'}`,
      kind: 'action_due',
      event: 'action.due',
      title: `Action #${a.id} on issue #${a.issueId} is ${overdue ? 'overdue' : 'due within a day'} (due ${a.dueAt!.toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
      subjectType: 'issue',
      subjectId: String(a.issueId),
      userIds: a.assigneeId !== null ? [a.assigneeId] : team(a.ownerTeam),
      data: {
        actionId: a.id,
        issueId: a.issueId,
        ownerTeam: a.ownerTeam,
        assigneeId: a.assigneeId,
        dueAt: a.dueAt!.toISOString(),
        overdue,
      },
    };
  });
}

async function evidenceFacts(tx: Transaction<DB>, now: Date, team: (t: string) => number[], people: User[]): Promise<Fact[]> {
  const late = await supplierEvidenceDueBetween(tx, new Date(now.getTime() - LOOKBACK_MS), now);
  const issues = new Map((await getIssues(tx, [...new Set(late.map((d) => d.issueId))])).map((i) => [i.id, i]));
  return late.map((d) => {
    const ownerTeam = issues.get(d.issueId)?.ownerTeam ?? null;
    return {
      key: `evidence_overdue:${d.decisionId}`,
      kind: 'supplier_evidence_overdue',
      event: 'supplier_evidence.overdue',
      title: `Supplier evidence asked on issue #${d.issueId} is overdue (due ${d.dueAt.toISOString().slice(0, 10)})`,
      subjectType: 'issue',
      subjectId: String(d.issueId),
      userIds: [...(ownerTeam ? team(ownerTeam) : []), ...named(people, d.decidedBy)],
      data: { decisionId: d.decisionId, issueId: d.issueId, ownerTeam, dueAt: d.dueAt.toISOString() },
    };
  });
}

async function loggedFacts(tx: Transaction<DB>, now: Date, team: (t: string) => number[], people: User[]): Promise<Fact[]> {
  const after = await readCursor(tx, CURSOR);
  const events = await eventsAfter(tx, LOGGED, after === null ? { since: new Date(now.getTime() - DAY) } : { afterId: after });
  if (events.length === 0) return [];
  await advanceCursor(tx, CURSOR, Math.max(...events.map((e) => e.id)));
  const issues = new Map(
    (await getIssues(tx, [...new Set(events.filter((e) => e.type === 'issue.status_changed').map((e) => Number(e.subjectId)))])).map(
      (i) => [i.id, i],
    ),
  );
  const actions = await actionHolders(tx, [...new Set(events.filter((e) => e.type.startsWith('action.')).map((e) => Number(e.subjectId)))]);
  const out: Fact[] = [];
  for (const e of events) {
    const p = e.payload;
    if (e.type === 'issue.status_changed' && p.to === 'needs_action') {
      const ownerTeam = issues.get(Number(e.subjectId))?.ownerTeam ?? null;
      out.push({
        key: `decision_asked:${e.id}`,
        kind: 'decision_asked',
        event: 'decision.asked',
        title: `Issue #${e.subjectId} needs a decision from ${ownerTeam ?? 'its owner'}`,
        subjectType: 'issue',
        subjectId: String(e.subjectId),
        userIds: team(ownerTeam ?? ''),
        data: { issueId: Number(e.subjectId), ownerTeam, reason: 'needs_action' },
      });
    } else if (e.type === 'decision.recorded' && p.type === 'assign_follow_up_owner') {
      const details = (p.details ?? {}) as { owner?: unknown; ownerTeam?: unknown; dueAt?: unknown };
      const person = typeof details.owner === 'string' ? named(people, details.owner) : [];
      const ownerTeam = typeof details.ownerTeam === 'string' ? details.ownerTeam : null;
      out.push({
        key: `decision_asked:${e.id}`,
        kind: 'decision_asked',
        event: 'decision.asked',
        title: `A follow-up on issue #${e.subjectId} is asked of ${person.length > 0 ? 'you' : (ownerTeam ?? 'its owner')}${typeof details.dueAt === 'string' ? ` (due ${details.dueAt.slice(0, 10)})` : ''}`,
        subjectType: 'issue',
        subjectId: String(e.subjectId),
        userIds: person.length > 0 ? person : team(ownerTeam ?? ''),
        data: { issueId: Number(e.subjectId), ownerTeam, decisionId: p.decisionId, reason: 'follow_up_owner' },
      });
    } else if (e.type.startsWith('action.') && p.verdict && typeof p.verdict === 'object') {
      const a = actions.get(Number(e.subjectId));
      const result = String((p.verdict as { result?: unknown }).result ?? 'unknown');
      out.push({
        key: `verdict:${e.id}`,
        kind: 'verdict',
        event: 'action.verdict',
        title: `Verdict on action #${e.subjectId} (issue #${a?.issueId ?? p.issueId}): ${result.replaceAll('_', ' ')}`,
        subjectType: 'issue',
        subjectId: String(a?.issueId ?? p.issueId),
        userIds: a ? (a.assigneeId !== null ? [a.assigneeId] : team(a.ownerTeam)) : [],
        data: { actionId: Number(e.subjectId), issueId: a?.issueId ?? p.issueId, result, status: p.to },
      });
    }
  }
  return out;
}

/** The active people a free-text owner names, by email or by name (case-insensitive). */
function named(people: User[], who: string): number[] {
  const w = who.trim().toLowerCase();
  return people.filter((u) => u.email.toLowerCase() === w || u.name.toLowerCase() === w).map((u) => u.id);
}
