export const SIGNAL_ERRORS = ['signal_not_found', 'reply_blocked'] as const;
export type SignalErrorCode = (typeof SIGNAL_ERRORS)[number];
