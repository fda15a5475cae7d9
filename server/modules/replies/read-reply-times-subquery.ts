import { expressionBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/**
 * The replies' times and authors (automation or a person) as a typed subquery, for a later stage
 * to count per signal in its own statement: the report's SLA rollup recounts thousands of signals
 * per batch, and a correlated read inside that statement keeps it one round trip per batch.
 */
export function signalRepliesSubquery() {
  return expressionBuilder<DB>().selectFrom('signal_replies').select(['signal_id', 'at', 'by_automation']);
}
