import type { IssueType } from '../../../contracts/signal.js';

/**
 * The events signals emits. Later stages subscribe to them (server/subscribers.ts): the report
 * rollups, the SLA clocks and the issues a corrected label moves between.
 */
declare module '../../platform/events.js' {
  interface EventPayloads {
    /** A batch stored by intake (`subjectType: 'signal_batch'`). */
    'signals.received': { source: string; count: number; firstId: number; lastId: number };
    /** `to` is 'reopened' when a resolved signal is set back to open. Past handling recorded later carries `imported`. */
    'signal.status_changed': { from: string; to: string; imported?: boolean };
    'signal.labels_corrected': { before: string[]; after: IssueType[] };
    /** The owner team changed (an agent's reassignment). */
    'signal.assigned': { from: string | null; to: string };
    /** The person the signal is assigned to changed: by hand, or `automatic` (intake, a team change). */
    'signal.assignee_changed': { from: number | null; to: number | null; automatic: boolean };
    /**
     * Emitted in the deleting transaction just before the row goes, so subscribers can still read
     * what the signal counted; a delete that fails rolls the event back with it.
     */
    'signal.deleted': { channel: string; externalId: string };
  }
}
