/** Codes the DB-facing loop (actions, decisions) raises; the HTTP layer maps each one. */
export const LOOP_ERRORS = ['action_not_found'] as const;
export type LoopErrorCode = (typeof LOOP_ERRORS)[number];
