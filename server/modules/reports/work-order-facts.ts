import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { signalStatusChangesSubquery, signalStatusSubquery, workOrderSignalsSubquery } from '../signals/index.js';
import {
  appliedCalendarsSubquery,
  businessCalendarSchema,
  businessMinutesBetween,
  loadSlaPolicy,
  signalWorkStepsSubquery,
  type BusinessCalendar,
} from '../sla/index.js';
import { signalRepliesSubquery } from '../replies/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The three steps a work order's processing time is measured to, from its receipt. */
export const STAGES = ['firstResponse', 'decision', 'resolution'] as const;
export type Stage = (typeof STAGES)[number];

/** One work order (a signal with an applied SLA) and its processing times. */
export interface WorkOrderFacts {
  signalId: number;
  receivedAt: Date;
  channel: string;
  issueTypes: string[];
  sku: string | null;
  /** After the sale (or stage unknown) with an issue type other than praise. */
  complaint: boolean;
  at: Record<Stage, Date | null>;
  /** Hours from receipt to each step: calendar, and business hours of the SLA's calendar. */
  hours: Record<Stage, number | null>;
  businessHours: Record<Stage, number | null>;
}

/**
 * The stage times of the given signals, in one statement. First response is the first reply that
 * counts for the SLA (an automated one does not answer a signal that must be human) or the first
 * one recorded as a work step (a staff message or step on the portal), whichever came first;
 * resolution is the last "resolved" while the signal is resolved, else the recorded resolution
 * (the portal's "closed") unless the signal's status moved after it; the decision is the one
 * recorded (the portal's "decided"), else the resolution: a work order closed without a separate
 * decision was decided when it was resolved.
 */
export async function computeWorkOrderFacts(db: Db, ids: readonly number[]): Promise<WorkOrderFacts[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{
    id: number;
    received_at: Date;
    channel: string;
    issue_types: string[];
    stage: string | null;
    sku: string | null;
    calendar: string | null;
    first_reply_at: Date | null;
    decided_at: Date | null;
    resolved_at: Date | null;
  }>`
    SELECT s.id, s.received_at, w.channel, w.issue_types, w.stage, w.sku, c.calendar, ws.decided_at,
      CASE WHEN fr.at IS NULL OR ws.responded_at < fr.at THEN ws.responded_at ELSE fr.at END AS first_reply_at,
      CASE WHEN s.status = 'resolved' AND sc.resolved_at IS NOT NULL THEN sc.resolved_at
        WHEN sc.last_at IS NULL OR sc.last_at <= ws.resolved_at THEN ws.resolved_at END AS resolved_at
    FROM (SELECT DISTINCT unnest(${[...ids]}::bigint[]) AS id) ids
      JOIN ${signalStatusSubquery()} AS s ON s.id = ids.id
      JOIN ${workOrderSignalsSubquery()} AS w ON w.id = s.id
      JOIN ${appliedCalendarsSubquery()} AS c ON c.signal_id = s.id
      LEFT JOIN LATERAL (SELECT max(x.at) FILTER (WHERE x.step = 'first_response') AS responded_at,
        max(x.at) FILTER (WHERE x.step = 'decision') AS decided_at, max(x.at) FILTER (WHERE x.step = 'resolution') AS resolved_at
        FROM ${signalWorkStepsSubquery()} AS x WHERE x.signal_id = s.id) ws ON true
      LEFT JOIN LATERAL (SELECT min(r.at) AS at FROM ${signalRepliesSubquery()} AS r WHERE r.signal_id = s.id AND (NOT s.must_be_human OR NOT r.by_automation)) fr ON true
      LEFT JOIN LATERAL (SELECT max(x.at) FILTER (WHERE x.status = 'resolved') AS resolved_at, max(x.at) AS last_at
        FROM ${signalStatusChangesSubquery()} AS x WHERE x.signal_id = s.id) sc ON true`.execute(db);
  const fallback = (await loadSlaPolicy(db)).calendar;
  const calendars = new Map<string, BusinessCalendar>();
  const calendarOf = (text: string | null): BusinessCalendar => {
    if (text === null) return fallback;
    let c = calendars.get(text);
    if (!c) {
      const parsed = businessCalendarSchema.safeParse(JSON.parse(text));
      c = parsed.success ? parsed.data : fallback;
      calendars.set(text, c);
    }
    return c;
  };
  return rows.rows.map((r) => {
    const receivedAt = new Date(r.received_at);
    const date = (v: Date | string | null) => (v === null ? null : new Date(v));
    const resolvedAt = date(r.resolved_at);
    const at: Record<Stage, Date | null> = {
      firstResponse: date(r.first_reply_at),
      decision: date(r.decided_at) ?? resolvedAt,
      resolution: resolvedAt,
    };
    const calendar = calendarOf(r.calendar);
    const hours = {} as Record<Stage, number | null>;
    const businessHours = {} as Record<Stage, number | null>;
    for (const s of STAGES) {
      const t = at[s];
      // A step dated before the receipt (an imported history's clock skew) took no time.
      hours[s] = t === null ? null : Math.max(0, t.getTime() - receivedAt.getTime()) / 3_600_000;
      businessHours[s] = t === null ? null : Math.max(0, businessMinutesBetween(receivedAt, t, calendar)) / 60;
    }
    const types = r.issue_types ?? [];
    return {
      signalId: Number(r.id),
      receivedAt,
      channel: r.channel,
      issueTypes: types,
      sku: r.sku,
      complaint: r.stage !== 'pre_sale' && types.some((t) => t !== 'praise'),
      at,
      hours,
      businessHours,
    };
  });
}

const COLUMNS = [
  'signal_id',
  'received_at',
  'channel',
  'issue_types',
  'sku',
  'complaint',
  'first_response_at',
  'decided_at',
  'resolved_at',
  'first_response_h',
  'first_response_bh',
  'decision_h',
  'decision_bh',
  'resolution_h',
  'resolution_bh',
] as const;

type Row = Pick<DB['report_work_orders'], (typeof COLUMNS)[number]>;

function fromRow(r: Row): WorkOrderFacts {
  const n = (v: number | null) => (v === null ? null : Number(v));
  return {
    signalId: Number(r.signal_id),
    receivedAt: new Date(r.received_at),
    channel: r.channel,
    issueTypes: r.issue_types,
    sku: r.sku,
    complaint: r.complaint,
    at: { firstResponse: r.first_response_at, decision: r.decided_at, resolution: r.resolved_at },
    hours: { firstResponse: n(r.first_response_h), decision: n(r.decision_h), resolution: n(r.resolution_h) },
    businessHours: { firstResponse: n(r.first_response_bh), decision: n(r.decision_bh), resolution: n(r.resolution_bh) },
  };
}

/** The facts last counted for these signals. */
export async function storedWorkOrderFacts(db: Db, ids: readonly number[]): Promise<WorkOrderFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('report_work_orders')
    .select([...COLUMNS])
    .where('signal_id', '=', sql<number>`ANY(${[...ids]}::bigint[])`)
    .execute();
  return rows.map(fromRow);
}

/** One page of every counted work order, by signal id: a newly kept zone is filled from these. */
export async function workOrderFactsPage(db: Db, afterId: number, limit: number): Promise<WorkOrderFacts[]> {
  const rows = await db
    .selectFrom('report_work_orders')
    .select([...COLUMNS])
    .where('signal_id', '>', afterId)
    .orderBy('signal_id')
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}

/** Replaces the counted facts of `ids` with `facts` (signals no longer work orders are dropped). */
export async function replaceWorkOrderFacts(db: Db, ids: readonly number[], facts: readonly WorkOrderFacts[]): Promise<void> {
  await sql`DELETE FROM report_work_orders WHERE signal_id = ANY(${[...ids]}::bigint[])`.execute(db);
  if (facts.length === 0) return;
  const c = <T>(f: (x: WorkOrderFacts) => T) => facts.map(f);
  // issue_types travel as one text literal per row: unnest flattens a two-dimensional array.
  const typesLiteral = (types: string[]) => `{${types.map((t) => `"${t.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  await sql`
    INSERT INTO report_work_orders (${sql.raw(COLUMNS.join(', '))})
    SELECT id, received_at, channel, types::text[], sku, complaint, fr_at, dec_at, res_at, fr_h, fr_bh, dec_h, dec_bh, res_h, res_bh
    FROM unnest(${c((f) => f.signalId)}::bigint[], ${c((f) => f.receivedAt)}::timestamptz[], ${c((f) => f.channel)}::text[],
      ${c((f) => typesLiteral(f.issueTypes))}::text[], ${c((f) => f.sku)}::text[], ${c((f) => f.complaint)}::boolean[],
      ${c((f) => f.at.firstResponse)}::timestamptz[], ${c((f) => f.at.decision)}::timestamptz[], ${c((f) => f.at.resolution)}::timestamptz[],
      ${c((f) => f.hours.firstResponse)}::float8[], ${c((f) => f.businessHours.firstResponse)}::float8[],
      ${c((f) => f.hours.decision)}::float8[], ${c((f) => f.businessHours.decision)}::float8[],
      ${c((f) => f.hours.resolution)}::float8[], ${c((f) => f.businessHours.resolution)}::float8[])
      AS d(id, received_at, channel, types, sku, complaint, fr_at, dec_at, res_at, fr_h, fr_bh, dec_h, dec_bh, res_h, res_bh)`.execute(db);
}

/** One work order's counted facts, or null when it is not one (no applied SLA) or not counted yet. */
export async function workOrderFacts(db: Db, signalId: number): Promise<WorkOrderFacts | null> {
  return (await storedWorkOrderFacts(db, [signalId]))[0] ?? null;
}
