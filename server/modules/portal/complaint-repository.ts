import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface ComplaintRow {
  id: number;
  reference: string;
  signalId: number;
  orderId: string;
  items: string[];
  problem: string;
  wants: string;
  language: string;
  ownerTeam: string | null;
  status: string;
  createdAt: Date;
  satisfaction: { score: number; comment: string | null } | null;
}

const COLUMNS = [
  'id',
  'reference',
  'signal_id',
  'order_id',
  'items',
  'problem',
  'wants',
  'language',
  'owner_team',
  'status',
  'created_at',
  'satisfaction',
  'satisfaction_comment',
] as const;

function toComplaint(r: {
  id: number | string;
  reference: string;
  signal_id: number | string;
  order_id: string;
  items: string[];
  problem: string;
  wants: string;
  language: string;
  owner_team: string | null;
  status: string;
  created_at: Date;
  satisfaction: number | null;
  satisfaction_comment: string | null;
}): ComplaintRow {
  return {
    id: Number(r.id),
    reference: r.reference,
    signalId: Number(r.signal_id),
    orderId: r.order_id,
    items: r.items,
    problem: r.problem,
    wants: r.wants,
    language: r.language,
    ownerTeam: r.owner_team,
    status: r.status,
    createdAt: r.created_at,
    satisfaction: r.satisfaction === null ? null : { score: r.satisfaction, comment: r.satisfaction_comment },
  };
}

export async function insertComplaint(
  db: Db,
  c: Omit<ComplaintRow, 'id' | 'status' | 'satisfaction'> & { tokenHash: string; status: string },
): Promise<number> {
  const r = await db
    .insertInto('portal_complaints')
    .values({
      reference: c.reference,
      token_hash: c.tokenHash,
      signal_id: c.signalId,
      order_id: c.orderId,
      items: JSON.stringify(c.items),
      problem: c.problem,
      wants: c.wants,
      language: c.language,
      owner_team: c.ownerTeam,
      status: c.status,
      created_at: c.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function complaintByTokenHash(db: Db, tokenHash: string): Promise<ComplaintRow | null> {
  const r = await db.selectFrom('portal_complaints').select(COLUMNS).where('token_hash', '=', tokenHash).executeTakeFirst();
  return r ? toComplaint(r) : null;
}

export async function complaintByReference(db: Db, reference: string): Promise<ComplaintRow | null> {
  const r = await db.selectFrom('portal_complaints').select(COLUMNS).where('reference', '=', reference).executeTakeFirst();
  return r ? toComplaint(r) : null;
}

export async function setComplaintStatus(db: Db, id: number, status: string): Promise<void> {
  await db.updateTable('portal_complaints').set({ status }).where('id', '=', id).execute();
}

export interface StepRow {
  id: number;
  step: string;
  note: string | null;
  at: Date;
}
export async function insertStep(db: Db, complaintId: number, step: string, note: string | null, at: Date): Promise<void> {
  await db.insertInto('portal_steps').values({ complaint_id: complaintId, step, note, at }).execute();
}
export async function stepsOf(db: Db, complaintId: number): Promise<StepRow[]> {
  const rows = await db
    .selectFrom('portal_steps')
    .select(['id', 'step', 'note', 'at'])
    .where('complaint_id', '=', complaintId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export interface MessageRow {
  id: number;
  author: string;
  text: string;
  at: Date;
}
export async function insertMessage(db: Db, complaintId: number, author: 'customer' | 'staff', text: string, at: Date): Promise<void> {
  await db.insertInto('portal_messages').values({ complaint_id: complaintId, author, text, at }).execute();
}
export async function messagesOf(db: Db, complaintId: number): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('portal_messages')
    .select(['id', 'author', 'text', 'at'])
    .where('complaint_id', '=', complaintId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export interface PhotoRow {
  id: number;
  complaintId: number;
  file: string;
  thumb: string;
  mime: string;
  width: number;
  height: number;
}
export async function insertPhotos(
  db: Db,
  complaintId: number,
  photos: { file: string; thumb: string; mime: string; bytes: number; width: number; height: number }[],
  at: Date,
): Promise<void> {
  if (photos.length === 0) return;
  await db
    .insertInto('portal_photos')
    .values(photos.map((p) => ({ complaint_id: complaintId, ...p, at })))
    .execute();
}
export async function photosOf(db: Db, complaintId: number): Promise<PhotoRow[]> {
  const rows = await db
    .selectFrom('portal_photos')
    .select(['id', 'complaint_id', 'file', 'thumb', 'mime', 'width', 'height'])
    .where('complaint_id', '=', complaintId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), complaintId: Number(r.complaint_id) }));
}
/** A stored photo by its file name (the main image or its thumbnail). */
export async function photoByFile(db: Db, file: string): Promise<PhotoRow | null> {
  const r = await db
    .selectFrom('portal_photos')
    .select(['id', 'complaint_id', 'file', 'thumb', 'mime', 'width', 'height'])
    .where((eb) => eb.or([eb('file', '=', file), eb('thumb', '=', file)]))
    .executeTakeFirst();
  return r ? { ...r, id: Number(r.id), complaintId: Number(r.complaint_id) } : null;
}

/** A change marker for the live status page: grows whenever a step or a message is added. */
export async function complaintVersion(db: Db, complaintId: number): Promise<string> {
  const [s, m] = await Promise.all([
    db
      .selectFrom('portal_steps')
      .select((eb) => eb.fn.max('id').as('v'))
      .where('complaint_id', '=', complaintId)
      .executeTakeFirst(),
    db
      .selectFrom('portal_messages')
      .select((eb) => eb.fn.max('id').as('v'))
      .where('complaint_id', '=', complaintId)
      .executeTakeFirst(),
  ]);
  return `${s?.v ?? 0}:${m?.v ?? 0}`;
}

export async function recordAttempt(db: Db, keys: string[], at: Date): Promise<void> {
  await db
    .insertInto('portal_attempts')
    .values(keys.map((key) => ({ key, at })))
    .execute();
}
/** Wrong attempts per key since `since`, and when the latest was. */
export async function countAttempts(db: Db, keys: string[], since: Date): Promise<Map<string, { n: number; last: Date }>> {
  const rows = await db
    .selectFrom('portal_attempts')
    .select(['key', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('at').as('last')])
    .where('key', 'in', keys)
    .where('at', '>=', since)
    .groupBy('key')
    .execute();
  return new Map(rows.map((r) => [r.key, { n: Number(r.n), last: new Date(r.last as Date | string) }]));
}

export async function complaintBySignal(db: Db, signalId: number): Promise<ComplaintRow | null> {
  const r = await db.selectFrom('portal_complaints').select(COLUMNS).where('signal_id', '=', signalId).executeTakeFirst();
  return r ? toComplaint(r) : null;
}

export async function setComplaintOwner(db: Db, id: number, ownerTeam: string): Promise<void> {
  await db.updateTable('portal_complaints').set({ owner_team: ownerTeam }).where('id', '=', id).execute();
}

/** Stores the answer once: a second answer changes nothing and reports false. */
export async function setSatisfaction(db: Db, id: number, score: number, comment: string | null, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('portal_complaints')
    .set({ satisfaction: score, satisfaction_comment: comment, satisfaction_at: at })
    .where('id', '=', id)
    .where('satisfaction', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface PortalCounts {
  complaints: number;
  closed: number;
  answers: number;
  scoreSum: number;
  satisfied: number;
}
/** Complaints filed in [from, to), how many of them are closed, and satisfaction answered in the same window. */
export async function portalCounts(db: Db, from: Date, to: Date): Promise<PortalCounts> {
  const filed = await db
    .selectFrom('portal_complaints')
    .select([
      (eb) => eb.fn.countAll<number>().as('complaints'),
      (eb) => eb.fn.count<number>(eb.case().when('status', '=', 'closed').then(1).end()).as('closed'),
    ])
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .executeTakeFirstOrThrow();
  const answered = await db
    .selectFrom('portal_complaints')
    .select([
      (eb) => eb.fn.countAll<number>().as('answers'),
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('satisfaction'), eb.lit(0)).as('score_sum'),
      (eb) => eb.fn.count<number>(eb.case().when('satisfaction', '>=', 4).then(1).end()).as('satisfied'),
    ])
    .where('satisfaction_at', '>=', from)
    .where('satisfaction_at', '<', to)
    .executeTakeFirstOrThrow();
  return {
    complaints: Number(filed.complaints),
    closed: Number(filed.closed),
    answers: Number(answered.answers),
    scoreSum: Number(answered.score_sum),
    satisfied: Number(answered.satisfied),
  };
}

export interface WorkOrderTimes {
  reference: string;
  problem: string;
  receivedAt: Date;
  /** The first staff message, or the first step staff took beyond assignment. */
  firstResponseAt: Date | null;
  decidedAt: Date | null;
  /** The last time it was closed. */
  resolvedAt: Date | null;
}
/** The stage times of each complaint filed in [from, to). */
export async function workOrderTimes(db: Db, from: Date, to: Date): Promise<WorkOrderTimes[]> {
  const rows = await db
    .selectFrom('portal_complaints as c')
    .select([
      'c.reference',
      'c.problem',
      'c.created_at',
      sql<Date | null>`(SELECT min(m.at) FROM portal_messages m WHERE m.complaint_id = c.id AND m.author = 'staff')`.as('first_message'),
      sql<Date | null>`(SELECT min(s.at) FROM portal_steps s WHERE s.complaint_id = c.id
        AND s.step IN ('waiting_for_customer', 'decided', 'shipped', 'closed'))`.as('first_step'),
      sql<Date | null>`(SELECT min(s.at) FROM portal_steps s WHERE s.complaint_id = c.id AND s.step = 'decided')`.as('decided'),
      sql<Date | null>`(SELECT max(s.at) FROM portal_steps s WHERE s.complaint_id = c.id AND s.step = 'closed')`.as('closed'),
    ])
    .where('c.created_at', '>=', from)
    .where('c.created_at', '<', to)
    .orderBy('c.id')
    .execute();
  const d = (v: Date | string | null) => (v === null ? null : new Date(v));
  return rows.map((r) => {
    const m = d(r.first_message);
    const s = d(r.first_step);
    return {
      reference: r.reference,
      problem: r.problem,
      receivedAt: r.created_at,
      firstResponseAt: m && s ? (m < s ? m : s) : (m ?? s),
      decidedAt: d(r.decided),
      resolvedAt: d(r.closed),
    };
  });
}
