export { ingestSignals } from './ingest-signals.js';
export { listSignals } from './list-signals.js';
export { getSignal } from './get-signal.js';
export { presentSignal } from './present-signal.js';
export { signalRoutes, MAX_BATCH } from './http.js';
export { SIGNAL_ERRORS, type SignalErrorCode } from './errors.js';
export type { Signal, IngestResult, SignalTriageColumns } from './signal.js';
export {
  importFile,
  importRoutes,
  parseMapOption,
  parseDateFormat,
  PRESETS,
  type ImportSummary,
  type ImportOptions,
  type HandlingOf,
  type Kind as ImportKind,
} from './import/index.js';
export { deleteSignal } from './delete-signal.js';
export { skuSignals, type SkuSignals } from './read-sku-signals-repository.js';
export { firstSignalAt } from './read-first-signal-repository.js';
export { signalHandlingRefs, signalMedia, signalOrderRefs, signalsReceivedBetween } from './read-signal-evidence-repository.js';
export { unnamedSignals } from './read-unnamed-signals-repository.js';
export {
  registerIntakeStep,
  intakeStepNames,
  loadIntake,
  type IntakeStep,
  type IntakeBatch,
  type InsertedSignal,
  type LoadedIntake,
} from './intake-steps.js';
export {
  storeSignalTriage,
  storePastStatuses,
  statusChangesOf,
  attachmentsOf,
  type SignalCondition,
  type StoredSignalFacts,
  type SignalSortKey,
} from './signal-repository.js';
export { updateSignals, type SignalPatch } from './update-signal.js';
export { assignSignals, assignWaitingSignals, assignIntakeStep, pickAssignee, type Standing } from './assign-signals.js';
export { countReviewsByRating, type ReviewCountFilter } from './review-count-repository.js';
export { lockSignalFacts, untriagedSignalIds, signalIdsAfter, type SignalFacts } from './triage-read-repository.js';
export {
  signalSources,
  signalChannelsReceivedBetween,
  openLoadByAssignee,
  labelledSignals,
  type SignalSource,
  type LabelledSignal,
} from './source-read-repository.js';
export { signalRows, signalHasMedia, openProblemSignalExists, countOpenSimilarSignals } from './read-signal-rows-repository.js';
export {
  signalWordingSubquery,
  triagedSignalsSubquery,
  signalStatusSubquery,
  signalStatusChangesSubquery,
  workOrderSignalsSubquery,
  themeWordings,
  signalsOfSupply,
  type SupplySignal,
} from './read-report-signals-repository.js';
export { eraseSignalText, hasSignalTextBefore, signalsOfCustomer } from './erase-signal-text.js';
export { signalAssignees } from './read-signal-assignees-repository.js';
