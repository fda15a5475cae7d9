import './events.js';

export { peopleDoor, callerOf, SESSION_COOKIE, type Caller, type DoorOptions } from './door.js';
export { authRoutes, userRoutes, invitationRoutes, tokenRoutes, auditRoutes } from './http.js';
export { POLICY, ruleOf, allows, type Rule } from './policy.js';
export { addUser, type NewUser } from './add-user.js';
export { createToken, TOKEN_PREFIX } from './manage-tokens.js';
export { countUsers, listUsers, assignableUsers, isActiveUser, findUsersByIds, type User } from './user-repository.js';
export { presentUser } from './present.js';
export { PEOPLE_ERRORS, type PeopleErrorCode } from './errors.js';
