import { subscribe } from '../../platform/events.js';
import { moveChangedSignals } from './loop/detect-issues.js';

/** An agent's label correction moves the signal between issues in the correction's transaction. */
export function registerIssueSubscribers(): void {
  subscribe('signal.labels_corrected', 'issues.move', async (tx, e) => {
    await moveChangedSignals(tx, [Number(e.subjectId)], { at: e.at, actor: e.actor });
  });
}
