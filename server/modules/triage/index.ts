/** The triage module's public face: other modules import only from here. */
export { triageSignal, type TriageContext } from './triage-signal.js';
export type * from './types.js';
export { agentText } from './text.js';
export { detectLanguage } from './language.js';
export { extractEvidence } from './evidence.js';
export { crossedBoundary, DEFAULT_HIGH_VALUE } from './human-boundary.js';
export { DEFAULT_TEAMS, cluesFor, ownerFor } from './owners.js';
export { compileSellerRules } from './rules.js';
export { trainModel, type TrainingExample, type TrainOptions } from './train-model.js';
export { serializeModel, deserializeModel, MODEL_FORMAT, type TriageModel, type SerializedModel, type BlendWeights } from './model.js';
export { loadBaseModel, loadModelFile } from './base-model.js';
export { evaluate, formatEvaluation, type Evaluation, type LabelStats } from './evaluate.js';
export { presentTriage } from './present-triage.js';
export { triageFileCommand, evalTriageCommand, type ModelOption } from './cli.js';
export {
  triageStoredSignals,
  loadTriageContext,
  untriagedIds,
  idsAfter,
  toTriageInput,
  type LoadedTriageContext,
  type TriagedSignal,
} from './triage-stored-signals.js';
export { loadActiveModel, saveModel, listModels, loadSellerRules, loadTeams } from './triage-repository.js';
export { trainStoreModel, type TrainResult } from './train-store-model.js';
export { triageRoutes } from './http.js';
export { triageNewSignals, recordNewTriage, triageIntakeStep } from './triage-new-signals.js';
export { registerTriageSubscribers } from './subscribers.js';
export type { TriageFacts } from './events.js';
export { triageColumns } from './triage-columns.js';
