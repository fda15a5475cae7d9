export const REPORT_ERRORS = ['report_pdf_unavailable', 'report_not_found', 'work_order_not_found'] as const;
export type ReportErrorCode = (typeof REPORT_ERRORS)[number];
