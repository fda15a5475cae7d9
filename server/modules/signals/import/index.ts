export { importFile, type ImportOptions, type ImportSummary, type HandlingOf } from './import-file.js';
export { parseMapOption, type Kind } from './map-record.js';
export { PRESETS, detectPreset, type ImportedHandling, type HandlingStep as ImportedHandlingStep } from './presets/index.js';
export { parseDateFormat } from './dates.js';
export { importRoutes } from './http.js';
