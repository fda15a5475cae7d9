export const VERDICT_RESULTS = ['shrinking', 'growing', 'no_change', 'too_little_data'] as const;
export type VerdictResult = (typeof VERDICT_RESULTS)[number];

/** How the exposure was measured: orders of the SKU, or all signals of the SKU (share). */
export type ExposureMode = 'orders' | 'share';

export interface WindowCount {
  /** Signals of the issue attributed to the window. */
  events: number;
  /** Orders of the SKU placed in the window, or (share mode) all signals of the SKU. */
  exposure: number;
}

export interface VerdictInput {
  before: WindowCount;
  after: WindowCount;
  /** Two-sided level; the interval is (1 - alpha). Default 0.05. */
  alpha?: number;
  /** Below this many expected events in either window (if nothing changed) → too little data. Default 5. */
  minExpected?: number;
  mode?: ExposureMode;
}

export interface Verdict {
  result: VerdictResult;
  rateBefore: number | null;
  rateAfter: number | null;
  /** rateAfter / rateBefore; null when undefined (no events before, or no exposure). */
  ratio: number | null;
  ciLow: number | null;
  /** Infinity is possible (no events before); callers that serialize to JSON should map it. */
  ciHigh: number | null;
  pValue: number | null;
  eventsBefore: number;
  eventsAfter: number;
  exposureBefore: number;
  exposureAfter: number;
  alpha: number;
  mode: ExposureMode;
  method: string;
  explanation: string;
}
