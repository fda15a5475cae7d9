export { issueKey, KEY_REFINERS, STORE_SCOPE } from './issue-key.js';
export type { IssueKey, KeyableSignal, KeyDimension } from './issue-key.js';
export {
  detectSpike,
  DEFAULT_SPIKE_ALPHA,
  DEFAULT_BASELINE_DAYS,
  DEFAULT_SPIKE_WINDOWS,
  DEFAULT_MIN_COUNT,
  DEFAULT_MIN_HISTORY_DAYS,
} from './detect-spike.js';
export type { SpikeInput, SpikeResult } from './detect-spike.js';
export type { DailyPoint } from './poisson-window.js';
export { batchRule, BATCH_RULE_TYPES } from './batch-rule.js';
export type { BatchRuleSignal, BatchRuleOptions, BatchFlag } from './batch-rule.js';
export { presaleThresholdRule } from './presale-threshold-rule.js';
export type { PresaleSignal, PresaleThresholdOptions, PresaleFlag } from './presale-threshold-rule.js';
export { DETECT_ERRORS } from './errors.js';
export type { DetectErrorCode } from './errors.js';
