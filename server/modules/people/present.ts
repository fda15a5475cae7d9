import type { InvitationView, TokenView, UserView } from '../../../contracts/people.js';
import type { User } from './user-repository.js';
import type { ApiToken } from './credential-repository.js';
import type { Invitation } from './invitation-repository.js';

export const presentUser = (u: User) =>
  ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    teams: u.teams,
    active: u.active,
    away: u.away,
    createdAt: u.createdAt.toISOString(),
  }) satisfies UserView;

export const presentToken = (t: ApiToken) =>
  ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }) satisfies TokenView;

export const presentInvitation = (i: Invitation) =>
  ({
    id: i.id,
    email: i.email,
    role: i.role,
    teams: i.teams,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
  }) satisfies InvitationView;
