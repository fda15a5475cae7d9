/**
 * The domain's vocabularies as the web app shows them, from contracts/vocab.ts (no zod in the
 * bundle); vocab.test.ts keeps the lists equal to the server modules' own.
 */
export {
  ACTION_STATUSES,
  CHANNELS,
  CLOSE_REASONS,
  ISSUE_STATUSES,
  ISSUE_TYPES,
  OWNER_TEAMS,
  SIGNAL_STATUSES,
  SLA_STATES,
  type CloseReason,
  type IssueType,
} from '../../../contracts/vocab.js';

/** snake_case code → words a person reads ("damaged_in_transit" → "damaged in transit"). */
export function words(code: string | null | undefined): string {
  return (code ?? '').replace(/_/g, ' ');
}
