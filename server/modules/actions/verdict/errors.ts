/** Codes the verdict module can raise; the HTTP layer maps each one to a status. */
export const VERDICT_ERRORS = ['verdict_invalid_counts', 'verdict_invalid_alpha', 'verdict_invalid_window'] as const;
export type VerdictErrorCode = (typeof VERDICT_ERRORS)[number];
