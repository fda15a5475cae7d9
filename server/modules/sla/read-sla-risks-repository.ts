import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** A clock that came near (at risk) or past (breached) its due time: what a later stage tells the signal's holder. */
export interface SlaRisk {
  /** The event's own key (unique per fact): a later stage keys what it does on it. */
  key: string;
  signalId: number;
  type: 'first_response_at_risk' | 'resolution_at_risk' | 'first_response_breached' | 'resolution_breached';
  at: Date;
}

/** At-risk and breached SLA events whose fact became true in [from, to), oldest first. */
export async function slaRisksBetween(db: Db, from: Date, to: Date): Promise<SlaRisk[]> {
  const rows = await db
    .selectFrom('sla_events')
    .select(['key', 'signal_id', 'type', 'at'])
    .where('type', 'in', ['first_response_at_risk', 'resolution_at_risk', 'first_response_breached', 'resolution_breached'])
    .where('at', '>=', from)
    .where('at', '<', to)
    .orderBy('at')
    .orderBy('key')
    .execute();
  return rows.map((r) => ({ key: r.key, signalId: Number(r.signal_id), type: r.type as SlaRisk['type'], at: r.at }));
}
