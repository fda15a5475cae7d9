export const REPLY_ERRORS = ['reply_blocked'] as const;
export type ReplyErrorCode = (typeof REPLY_ERRORS)[number];
