import type { Actor } from '../../platform/actor.js';
import type { User } from './user-repository.js';

export const actorOf = (u: User): Actor => ({ userId: u.id, name: u.name, role: u.role, teams: u.teams });
