/** People: accounts, sign-in, invitations, personal API tokens and the audit trail. */
import { z } from 'zod';

export const ROLES = ['admin', 'lead', 'agent', 'owner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');
const name = z.string().trim().min(1).max(200);
/** Long enough to resist guessing; the upper bound keeps hashing cheap to refuse. */
export const password = z.string().min(10, 'must be at least 10 characters').max(200);
const teams = z.array(z.string().trim().min(1).max(100)).max(20);

export const loginInput = z.object({ email, password: z.string().min(1).max(200) }).strict();
export const firstAdminInput = z.object({ email, name, password }).strict();
export const userInput = z.object({ email, name, role: z.enum(ROLES), teams: teams.default([]), password: password.optional() }).strict();
export const userPatch = z
  .object({
    name: name.optional(),
    role: z.enum(ROLES).optional(),
    teams: teams.optional(),
    active: z.boolean().optional(),
    away: z.boolean().optional(),
  })
  .strict();
/** What a person changes about themselves: marking themselves away passes them over in automatic assignment. */
export const selfPatch = z.object({ away: z.boolean() }).strict();
export const invitationInput = z.object({ email, role: z.enum(ROLES), teams: teams.default([]) }).strict();
export const acceptInvitationInput = z.object({ token: z.string().min(20).max(200), name, password }).strict();
export const tokenInput = z.object({ name: z.string().trim().min(1).max(100) }).strict();

export interface UserView {
  id: number;
  email: string;
  name: string;
  role: Role;
  teams: string[];
  active: boolean;
  /** Passed over by automatic assignment. */
  away: boolean;
  createdAt: string;
}
export interface UserList {
  items: UserView[];
}
/** Someone work can be assigned to: what the assignee pickers show (every signed-in role may read it). */
export interface AssigneeView {
  id: number;
  name: string;
  teams: string[];
  away: boolean;
}
export interface AssigneeList {
  items: AssigneeView[];
}
/** `single`: no account exists and the server is on loopback, so it runs for one person as before. */
export interface SessionView {
  mode: 'single' | 'signed_in' | 'signed_out';
  user: UserView | null;
  /** No account exists yet: the app offers "create the first admin". */
  setupNeeded: boolean;
}
export interface InvitationView {
  id: number;
  email: string;
  role: Role;
  teams: string[];
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}
export interface InvitationCreated extends InvitationView {
  /** Shown once: the link the invited person opens (its secret is stored hashed). */
  link: string;
  token: string;
}
export interface InvitationList {
  items: InvitationView[];
}
export interface TokenView {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
export interface TokenCreated extends TokenView {
  /** Shown once; only its hash is stored. */
  token: string;
}
export interface TokenList {
  items: TokenView[];
}
export interface SignedOut {
  signedOut: true;
  /** Sessions ended (all of the user's for "everywhere"). */
  sessions: number;
}

export interface AuditActor {
  /** null for the system, jobs and single-person mode: `name` is then what the event recorded. */
  id: number | null;
  email: string | null;
  name: string;
}
export interface AuditItem {
  id: number;
  type: string;
  at: string;
  actor: AuditActor;
  subjectType: string | null;
  subjectId: string | null;
  payload: Record<string, unknown>;
}
export interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}
