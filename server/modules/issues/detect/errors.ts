/** Codes the detection rules can raise; the HTTP layer maps each one to a status. */
export const DETECT_ERRORS = ['detect_invalid_series', 'detect_invalid_date', 'detect_invalid_option'] as const;
export type DetectErrorCode = (typeof DETECT_ERRORS)[number];
