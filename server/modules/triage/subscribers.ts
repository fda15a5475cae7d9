import { registerIntakeStep } from '../signals/index.js';
import { triageIntakeStep } from './triage-new-signals.js';

/** Triage's part of the composition root: every new signal is triaged at intake. */
export function registerTriageSubscribers(): void {
  registerIntakeStep(triageIntakeStep);
}
