export const SIGNAL_ERRORS = ['signal_not_found'] as const;
export type SignalErrorCode = (typeof SIGNAL_ERRORS)[number];
