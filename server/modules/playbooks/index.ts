export {
  playbookSchema,
  playbookMatchSchema,
  WRITE_BACK_LOCATIONS,
  PUBLIC_FACING_LOCATIONS,
  BLOCKED_MOVE_CODES,
  OWNER_TEAMS,
  STAGES,
} from './types.js';
export type { Playbook, PlaybookInput, PlaybookMatch, WriteBackLocation, BlockedMoveCode, OwnerTeam } from './types.js';
export { DEFAULT_PLAYBOOKS } from './defaults/index.js';
export { MOVE as BLOCKED_MOVE_REASONS } from './defaults/moves.js';
export { matchPlaybook, rankPlaybooks } from './match-playbook.js';
export type { MatchableIssue, PlaybookMatchResult } from './match-playbook.js';
export { parsePlaybooks, mergePlaybooks } from './parse-playbooks.js';
export type { ParsePlaybooksResult } from './parse-playbooks.js';
export { PLAYBOOK_ERRORS } from './errors.js';
export type { PlaybookErrorCode } from './errors.js';
export { loadPlaybooks, listPlaybooks } from './load-playbooks.js';
export { updatePlaybook } from './update-playbook.js';
export { presentPlaybook, presentStoredPlaybook } from './present-playbook.js';
export { playbookRoutes } from './http.js';
export type { StoredPlaybook } from './playbook-repository.js';
