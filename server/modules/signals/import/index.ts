export { importFile, type ImportOptions, type ImportSummary } from './import-file.js';
export { parseMapOption, type Kind } from './map-record.js';
export { PRESETS } from './presets.js';
