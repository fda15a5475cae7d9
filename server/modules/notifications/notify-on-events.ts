// Who is told about what, in the emitter's transaction: the assignee when a signal is given to
// them, every member of the owner team when a spike is flagged for it; and every notification
// webhook that asked for the event gets a queued delivery. Titles hold ids and labels only, never
// customer text.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { assignableUsers } from '../people/index.js';
import { insertNotifications } from './notification-repository.js';
import { enqueueDeliveries, listWebhooks } from './webhook-repository.js';

export async function notifyAssignee(tx: Transaction<DB>, e: EmittedEvent<'signal.assignee_changed'>): Promise<void> {
  const to = e.payload.to;
  const how = e.payload.automatic ? ' (automatic assignment)' : '';
  if (to !== null && to !== e.payload.from) {
    await insertNotifications(tx, [
      {
        userId: to,
        kind: 'assigned',
        title: `Signal #${e.subjectId} was assigned to you${how}`,
        subjectType: 'signal',
        subjectId: String(e.subjectId),
        at: e.at,
      },
    ]);
  }
  await queueWebhooks(
    tx,
    e,
    to === null ? `Signal #${e.subjectId} is unassigned` : `Signal #${e.subjectId} was assigned to user ${to}${how}`,
    { signalId: Number(e.subjectId), from: e.payload.from, to, automatic: e.payload.automatic },
  );
}

export async function notifySpikeTeam(tx: Transaction<DB>, e: EmittedEvent<'issue.spike_flagged'>): Promise<void> {
  const team = e.payload.ownerTeam;
  const what = [e.payload.issueType, e.payload.sku].filter(Boolean).join(' on ');
  const text = `Spike flagged${team ? ` for ${team}` : ''}: ${what} (${e.payload.reason}, ${e.payload.day})`;
  if (team) {
    // Everyone in the team is told, away or not: assignableUsers(team) skips the away, so all active are read.
    const members = (await assignableUsers(tx)).filter((u) => u.teams.includes(team));
    await insertNotifications(
      tx,
      members.map((u) => ({
        userId: u.id,
        kind: 'spike_flagged',
        title: text,
        subjectType: 'issue',
        subjectId: String(e.subjectId),
        at: e.at,
      })),
    );
  }
  await queueWebhooks(tx, e, text, {
    issueId: Number(e.subjectId),
    ownerTeam: team,
    issueType: e.payload.issueType,
    sku: e.payload.sku,
    reason: e.payload.reason,
    day: e.payload.day,
  });
}

/** One delivery per webhook that asked for the event: Slack-compatible `{ text }`, or the generic body. */
async function queueWebhooks(tx: Transaction<DB>, e: EmittedEvent, text: string, data: Record<string, unknown>): Promise<void> {
  const hooks = (await listWebhooks(tx, { enabledOnly: true })).filter((w) => w.events.includes(e.type));
  await enqueueDeliveries(
    tx,
    hooks.map((w) => ({
      webhookId: w.id,
      eventType: e.type,
      body: w.format === 'slack' ? { text } : { event: e.type, at: e.at.toISOString(), text, data },
      at: e.at,
    })),
  );
}
