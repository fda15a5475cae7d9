/** Codes the knowledge module raises; the HTTP layer maps each one. */
export const KNOWLEDGE_ERRORS = ['knowledge_not_found'] as const;
export type KnowledgeErrorCode = (typeof KNOWLEDGE_ERRORS)[number];
