import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Role } from '../../../contracts/people.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  teams: string[];
  active: boolean;
  /** Passed over by automatic assignment (on leave, off shift). */
  away: boolean;
  createdAt: Date;
}

function toUser(r: {
  id: number;
  email: string;
  name: string;
  role: string;
  teams: string[];
  active: boolean;
  away: boolean;
  created_at: Date;
}): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    teams: r.teams,
    active: r.active,
    away: r.away,
    createdAt: r.created_at,
  };
}

const COLUMNS = ['id', 'email', 'name', 'role', 'teams', 'active', 'away', 'created_at'] as const;

export async function countUsers(db: Db): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertUser(
  db: Db,
  u: { email: string; name: string; role: Role; teams: string[]; passwordHash: string | null; at: Date },
): Promise<User | undefined> {
  const r = await db
    .insertInto('users')
    .values({ email: u.email, name: u.name, role: u.role, teams: JSON.stringify(u.teams), password_hash: u.passwordHash, created_at: u.at })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
  return r && toUser(r);
}

export async function findUserById(db: Db, id: number): Promise<User | undefined> {
  const r = await db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && toUser(r);
}

export async function findUsersByIds(db: Db, ids: number[]): Promise<Map<number, User>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('users').select(COLUMNS).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, toUser(r)]));
}

export async function findUserByEmail(db: Db, email: string): Promise<(User & { passwordHash: string | null }) | undefined> {
  const r = await db
    .selectFrom('users')
    .select([...COLUMNS, 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
  return r && { ...toUser(r), passwordHash: r.password_hash };
}

export async function listUsers(db: Db): Promise<User[]> {
  return (await db.selectFrom('users').select(COLUMNS).orderBy('id').execute()).map(toUser);
}

export async function updateUser(
  db: Db,
  id: number,
  patch: { name?: string; role?: Role; teams?: string[]; active?: boolean; away?: boolean; passwordHash?: string },
): Promise<User | undefined> {
  const r = await db
    .updateTable('users')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.teams !== undefined ? { teams: JSON.stringify(patch.teams) } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      ...(patch.away !== undefined ? { away: patch.away } : {}),
      ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
    })
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirst();
  return r && toUser(r);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * The people work can be given to: active accounts, and of those only the members of `team` who
 * are not away when a team is named (automatic assignment), ordered by id.
 */
export async function assignableUsers(db: Db, team?: string): Promise<User[]> {
  let q = db.selectFrom('users').select(COLUMNS).where('active', '=', true);
  if (team !== undefined) q = q.where('away', '=', false).where(sql<boolean>`teams @> ${JSON.stringify([team])}::jsonb`);
  return (await q.orderBy('id').execute()).map(toUser);
}

/** Whether `id` is an active account (what a manual assignment may name). */
export async function isActiveUser(db: Db, id: number): Promise<boolean> {
  const r = await db.selectFrom('users').select('id').where('id', '=', id).where('active', '=', true).executeTakeFirst();
  return r !== undefined;
}
