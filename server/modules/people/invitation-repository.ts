import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Role } from '../../../contracts/people.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface Invitation {
  id: number;
  email: string;
  role: Role;
  teams: string[];
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
}

const COLUMNS = ['id', 'email', 'role', 'teams', 'created_at', 'expires_at', 'accepted_at'] as const;
const toInvitation = (r: {
  id: number;
  email: string;
  role: string;
  teams: string[];
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
}): Invitation => ({
  id: r.id,
  email: r.email,
  role: r.role as Role,
  teams: r.teams,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
});

export async function insertInvitation(
  db: Db,
  i: { tokenHash: string; email: string; role: Role; teams: string[]; invitedBy: number | null; at: Date; expiresAt: Date },
): Promise<Invitation> {
  const r = await db
    .insertInto('invitations')
    .values({
      token_hash: i.tokenHash,
      email: i.email,
      role: i.role,
      teams: JSON.stringify(i.teams),
      invited_by: i.invitedBy,
      created_at: i.at,
      expires_at: i.expiresAt,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toInvitation(r);
}

export async function listInvitations(db: Db): Promise<Invitation[]> {
  return (await db.selectFrom('invitations').select(COLUMNS).orderBy('id', 'desc').limit(200).execute()).map(toInvitation);
}

/** Marks a live, unused invitation used and returns it; a second use, or a late one, finds nothing. */
export async function claimInvitation(db: Db, tokenHash: string, now: Date): Promise<Invitation | undefined> {
  const r = await db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(COLUMNS)
    .executeTakeFirst();
  return r && toInvitation(r);
}

export async function linkInvitationUser(db: Db, id: number, userId: number): Promise<void> {
  await db.updateTable('invitations').set({ user_id: userId }).where('id', '=', id).execute();
}
