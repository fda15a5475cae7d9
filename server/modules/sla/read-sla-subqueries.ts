import { expressionBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/**
 * The applied SLAs' states and the SLA events as typed subqueries, for a later stage to compose
 * in its own statement: the report's SLA rollup recounts thousands of signals per batch, and
 * reading these per batch separately would add round trips without reading less.
 */
export function appliedSlasSubquery() {
  return expressionBuilder<DB>().selectFrom('applied_slas').select(['signal_id', 'state']);
}

export function slaEventsSubquery() {
  return expressionBuilder<DB>().selectFrom('sla_events').select(['signal_id', 'type']);
}
