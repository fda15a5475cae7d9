import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { detectPii } from '../../lib/pii.js';
import { ERASED } from '../../lib/scrub.js';

type Db = Kysely<DB> | Transaction<DB>;

const EMPTY_EVIDENCE = { orderIds: [], skus: [], variants: [], batches: [], delivery: null, dates: [], amounts: [], media: [], urls: [] };

/**
 * The stored triage without anything quoted from the words (label spans, evidence values, the
 * reasons' quotes, PII offsets); the labels, scores and flags stay, so the signal keeps counting
 * where it counted.
 */
function redactTriage(t: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!t) return t;
  const labels = Array.isArray(t.labels) ? t.labels.map((l) => ({ ...(l as object), spans: [] })) : t.labels;
  const reasons = Array.isArray(t.reasons) ? t.reasons.map((r) => ({ ...(r as object), evidence: ERASED })) : t.reasons;
  return { ...t, labels, reasons, evidence: EMPTY_EVIDENCE, pii: [], erased: true };
}

/**
 * Signals' part of an erasure (`customer.erase_requested`). For a customer: their signals, and
 * any signal about one of their orders (orders ran first). For retention: signals received
 * before the cut-off. Words and title become "[erased]", attachments go, the source id is
 * replaced by a one-way hash (a message id or review URL can carry an address). Channel, SKU,
 * batch, dates, labels and status stay: the rollups and issues keep counting, anonymously.
 */
export async function eraseSignalText(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  const scope = erasure.scope;
  let q = tx.selectFrom('signals').select(['id', 'channel', 'external_id', 'text', 'title', 'triage']).where('erased_at', 'is', null);
  q =
    scope.kind === 'customer'
      ? q.where((eb) =>
          erasure.orderIds.length
            ? eb.or([eb('customer_id', '=', scope.customerId), eb('order_id', 'in', erasure.orderIds)])
            : eb('customer_id', '=', scope.customerId),
        )
      : q.where('received_at', '<', scope.before).orderBy('received_at').limit(scope.limit);
  const rows = await q.forUpdate().execute();
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const attachments = await tx.deleteFrom('signal_attachments').where('signal_id', 'in', ids).returning('url').execute();
  for (const r of rows) {
    for (const text of [r.text, r.title ?? '']) for (const p of detectPii(text)) erasure.token(text.slice(p.start, p.end));
    const hashed = `erased:${createHash('sha256').update(`${r.channel}\u0000${r.external_id}`).digest('hex').slice(0, 32)}`;
    await tx
      .updateTable('signals')
      .set({
        text: ERASED,
        title: null,
        external_id: hashed,
        triage: JSON.stringify(redactTriage(r.triage as Record<string, unknown> | null)),
        erased_at: erasure.at,
      })
      .where('id', '=', r.id)
      .execute();
  }
  for (const a of attachments) erasure.token(a.url);
  erasure.signalIds.push(...ids);
  erasure.subject('signal', ids);
  erasure.count('signals', rows.length);
  erasure.count('attachments', attachments.length);
}

/** Whether the retention job has signal words to erase. */
export async function hasSignalTextBefore(db: Db, before: Date): Promise<boolean> {
  const r = await sql`SELECT 1 FROM signals WHERE erased_at IS NULL AND received_at < ${before} LIMIT 1`.execute(db);
  return r.rows.length > 0;
}

/** One customer's signals, newest first, with their attachments (the customer file and its export). */
export async function signalsOfCustomer(
  db: Db,
  customerId: string,
  orderIds: readonly string[],
): Promise<
  {
    id: number;
    channel: string;
    receivedAt: Date;
    text: string;
    title: string | null;
    rating: number | null;
    sku: string | null;
    orderId: string | null;
    status: string;
    issueTypes: string[];
    erased: boolean;
    attachments: { kind: string; url: string }[];
  }[]
> {
  const rows = await db
    .selectFrom('signals')
    .select(['id', 'channel', 'received_at', 'text', 'title', 'rating', 'sku', 'order_id', 'status', 'issue_types', 'erased_at'])
    .where((eb) =>
      orderIds.length
        ? eb.or([eb('customer_id', '=', customerId), eb('order_id', 'in', [...orderIds])])
        : eb('customer_id', '=', customerId),
    )
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1000)
    .execute();
  const att = rows.length
    ? await db
        .selectFrom('signal_attachments')
        .select(['signal_id', 'kind', 'url'])
        .where(
          'signal_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('id')
        .execute()
    : [];
  return rows.map((r) => ({
    id: Number(r.id),
    channel: r.channel,
    receivedAt: r.received_at,
    text: r.text,
    title: r.title,
    rating: r.rating,
    sku: r.sku,
    orderId: r.order_id,
    status: r.status,
    issueTypes: r.issue_types,
    erased: r.erased_at !== null,
    attachments: att.filter((a) => Number(a.signal_id) === Number(r.id)).map((a) => ({ kind: a.kind, url: a.url })),
  }));
}
