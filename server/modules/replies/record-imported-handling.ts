import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { emit } from '../../platform/events.js';
import type { HandlingOf } from '../signals/index.js';
import { storeSatisfaction } from '../sla/index.js';
import { recordPastHandling } from './record-history.js';
import './events.js';

/**
 * A helpdesk export's history of newly imported tickets (agent replies, solved and reopened
 * times, the satisfaction rating), recorded at the times it happened, so first response,
 * resolution, reopen and first-contact-resolution figures describe what really happened.
 */
export async function recordImportedHandling(db: Kysely<DB>, items: HandlingOf[], actor = 'import'): Promise<void> {
  await recordPastHandling(
    db,
    items.map((i) => ({
      signalId: i.signalId,
      customerWording: i.text,
      orderId: i.orderId,
      steps: i.handling.steps
        .map((s) => ({ at: new Date(s.at), reply: s.reply, status: s.status }))
        .filter((s) => !Number.isNaN(s.at.getTime())),
    })),
    actor,
  );
  // A rating without its own time is dated at the ticket's last recorded step.
  const rated = items.flatMap((i) => {
    const s = i.handling.satisfaction;
    const at = new Date(s?.at ?? i.handling.steps.at(-1)?.at ?? '');
    return s && !Number.isNaN(at.getTime()) ? [{ signalId: i.signalId, score: s.score, at }] : [];
  });
  if (rated.length === 0) return;
  await db.transaction().execute(async (tx) => {
    await storeSatisfaction(
      tx,
      rated.map((r) => ({ ...r, source: actor })),
    );
    await emit(
      tx,
      ...rated.map((r) => ({
        type: 'signal.satisfaction_rated' as const,
        actor,
        at: r.at,
        subjectType: 'signal',
        subjectId: r.signalId,
        payload: { score: r.score, imported: true },
      })),
    );
  });
}
