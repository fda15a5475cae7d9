export { ingestSignals } from './ingest-signals.js';
export { listSignals } from './list-signals.js';
export { getSignal } from './get-signal.js';
export { presentSignal } from './present-signal.js';
export { signalRoutes, MAX_BATCH } from './http.js';
export { SIGNAL_ERRORS, type SignalErrorCode } from './errors.js';
export type { Signal, IngestResult } from './signal.js';
export { importFile, parseMapOption, PRESETS, type ImportSummary, type Kind as ImportKind } from './import/index.js';
export { deleteSignal } from './delete-signal.js';
