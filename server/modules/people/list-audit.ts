import type { AppContext } from '../../platform/http/context.js';
import type { AuditItem, AuditPage } from '../../../contracts/people.js';
import { findUserByEmail, findUsersByIds } from './user-repository.js';

export interface AuditFilter {
  /** A user's id or email, or the recorded name of a non-person actor (system, a job). */
  actor?: string;
  /** "signal" or "signal:42". */
  subject?: string;
  /** An event type, or a family ending in "." ("action."). */
  type?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** The append-only event log, newest first, each event with the person who caused it. */
export async function listAudit(ctx: Pick<AppContext, 'db'>, f: AuditFilter): Promise<AuditPage> {
  let q = ctx.db
    .selectFrom('events')
    .select(['id', 'at', 'actor', 'actor_user_id', 'type', 'subject_type', 'subject_id', 'payload'])
    .orderBy('id', 'desc')
    .limit(f.limit + 1);
  if (f.actor) {
    if (/^\d{1,9}$/.test(f.actor)) q = q.where('actor_user_id', '=', Number(f.actor));
    else if (f.actor.includes('@')) q = q.where('actor_user_id', '=', (await findUserByEmail(ctx.db, f.actor.toLowerCase()))?.id ?? -1);
    else q = q.where('actor', '=', f.actor).where('actor_user_id', 'is', null);
  }
  if (f.subject) {
    const [type, id] = f.subject.split(':', 2);
    q = q.where('subject_type', '=', type!);
    if (id) q = q.where('subject_id', '=', id);
  }
  if (f.type) q = f.type.endsWith('.') ? q.where('type', 'like', `${f.type.replace(/[\\%_]/g, '\\$&')}%`) : q.where('type', '=', f.type);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  if (f.cursor) q = q.where('id', '<', Number(f.cursor));
  const rows = await q.execute();
  const page = rows.slice(0, f.limit);
  const users = await findUsersByIds(ctx.db, [...new Set(page.flatMap((r) => (r.actor_user_id === null ? [] : [r.actor_user_id])))]);
  const items = page.map((r): AuditItem => {
    const u = r.actor_user_id === null ? undefined : users.get(r.actor_user_id);
    return {
      id: r.id,
      type: r.type,
      at: r.at.toISOString(),
      actor: u ? { id: u.id, email: u.email, name: u.name } : { id: r.actor_user_id, email: null, name: r.actor },
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      payload: r.payload,
    };
  });
  return { items, nextCursor: rows.length > f.limit ? String(page[page.length - 1]!.id) : null };
}
