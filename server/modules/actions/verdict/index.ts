export { computeVerdict, VERDICT_METHOD, DEFAULT_ALPHA, DEFAULT_MIN_EXPECTED } from './compute-verdict.js';
export { windowCounts } from './window-counts.js';
export type { CountableSignal, CountableOrder, WindowCountsInput, WindowCounts } from './window-counts.js';
export { explainVerdict } from './explain-verdict.js';
export { VERDICT_RESULTS } from './types.js';
export type { Verdict, VerdictInput, VerdictResult, WindowCount, ExposureMode } from './types.js';
export { VERDICT_ERRORS } from './errors.js';
export type { VerdictErrorCode } from './errors.js';
