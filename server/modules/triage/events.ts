import type { Reason } from './types.js';
import type { StoredSignalFacts } from '../signals/index.js';

/** The rollup-relevant triage a signal carried before a re-triage overwrote it. */
export interface TriageFacts {
  triaged: boolean;
  stage: string | null;
  issueTypes: string[];
  sentimentLabel: string | null;
  mustBeHuman: boolean;
}

/** The events triage emits; the report rollups subscribe to `signals.triaged`. */
declare module '../../platform/events.js' {
  interface EventPayloads {
    /** One batch triaged (`subjectType: 'signal_batch'`), at intake or again later. */
    'signals.triaged': { count: number; version: string; firstId: number | undefined; lastId: number | undefined };
    /** Automation handled a signal that must be human (written the first time triage sees it). */
    'automation.crossed_boundary': { channel: string; reasons: Reason[] };
  }
  interface EventContexts {
    /**
     * Every signal of the batch with the triage it had before: null for a signal intake just
     * inserted (counted nowhere yet), its previous facts for a re-triaged one. At intake each also
     * carries the facts its row was inserted with (`stored`), so no subscriber reads it back.
     */
    'signals.triaged': { signals: { id: number; before: TriageFacts | null; stored?: StoredSignalFacts }[] };
  }
}
