/** Codes the playbooks module can raise; the HTTP layer maps each one to a status. */
export const PLAYBOOK_ERRORS = ['playbook_invalid', 'playbook_duplicate_id', 'playbook_not_found'] as const;
export type PlaybookErrorCode = (typeof PLAYBOOK_ERRORS)[number];
