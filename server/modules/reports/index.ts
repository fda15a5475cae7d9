/** The reports module's public face: rollups kept at write time, the weekly and monthly reports, packets, formats. */
export { registerReportSubscribers } from './subscribers.js';
export { ensureZone, storedRollups, recountedRollups, type RollupSnapshot } from './zone-repository.js';
export { RISKS, type RollupState, type Risk } from './rollup-contributions.js';
export { generateWeeklyReport } from './generate-weekly-report.js';
export { drainSlaChanges, ensureSlaZone, storedSlaRollup, recountedSlaRollup } from './sla-rollup.js';
export type { WeeklyReport } from './weekly-report.js';
export { parseIsoWeek, isoWeekOf, parseMonth, lastCompleteWeek, instantRange } from './periods.js';
export { generateMonthlyReview, type MonthlyReview } from './monthly-review.js';
export { buildSupplierPacket, PACKET_LIMIT } from './build-supplier-packet.js';
export { renderReport, REPORT_FORMATS, type ReportFormat } from './render-report.js';
export { storeWeeklyReport, weeklyReport } from './store-weekly-report.js';
export { reportRoutes } from './http.js';
export { REPORT_ERRORS, type ReportErrorCode } from './errors.js';
export { eraseReportQuotes } from './erase-report-quotes.js';
export { getCustomerFile } from './customer-file.js';
export { exportCustomerFile } from './export-customer-file.js';
export { customerFileRoutes } from './customer-file-http.js';
