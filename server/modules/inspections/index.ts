export { inspectionRoutes } from './http.js';
export { inspectionsOf } from './inspection-repository.js';
export { recordInspection } from './record-inspection.js';
export { importInspections } from './import-inspections.js';
