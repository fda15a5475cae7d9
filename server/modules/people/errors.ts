import { AppError } from '../../platform/errors.js';

export const PEOPLE_ERRORS = [
  'forbidden',
  'sign_in_failed',
  'too_many_sign_ins',
  'email_taken',
  'user_not_found',
  'token_not_found',
  'invitation_invalid',
  'setup_done',
] as const;
export type PeopleErrorCode = (typeof PEOPLE_ERRORS)[number];

export const peopleError = (code: PeopleErrorCode, message: string) => new AppError(code, message);
