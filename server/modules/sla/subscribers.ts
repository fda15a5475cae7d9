import { subscribe } from '../../platform/events.js';
import { registerIntakeStep } from '../signals/index.js';
import { slaIntakeStep } from './intake-step.js';
import { reevaluateSlas } from './sweep-sla.js';

/**
 * The SLA's part of the composition root: a new signal's clock starts at intake, and a status
 * change re-evaluates the SLA in the same transaction. Past handling recorded in bulk (`imported`)
 * is left to the sweep that follows it, as before.
 */
export function registerSlaSubscribers(): void {
  registerIntakeStep(slaIntakeStep);
  subscribe('signal.status_changed', 'sla.reevaluate', async (tx, e) => {
    if (!e.payload.imported) await reevaluateSlas(tx, [Number(e.subjectId)], e.at);
  });
}
