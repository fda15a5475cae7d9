// Stripe's charge.dispute.* events (CONNECTORS.md §5.1): a dispute or chargeback signal, linked to
// the order its charge or payment intent paid, with the evidence deadline as its resolution due.
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { ordersByPaymentRef } from '../orders/index.js';
import { setResolutionDeadline } from '../sla/index.js';
import { PayloadError, type Outcome, type StoredDelivery } from './connector.js';
import { advanceResource } from './delivery-repository.js';
import { ingest } from './ingest-signal.js';
import { clip, parsePayload } from './payload.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

const unix = z.number().int().nonnegative().max(4_102_444_800);

const dispute = z.looseObject({
  id: z.string().min(1).max(200),
  object: z.literal('dispute'),
  amount: z.number().int().nonnegative(),
  currency: z.string().min(3).max(3),
  charge: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
  payment_intent: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
  created: unix,
  reason: z.string().min(1).max(100),
  status: z.string().min(1).max(100),
  evidence_details: z.looseObject({ due_by: unix.nullish() }).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

const event = z.looseObject({
  id: z.string().min(1).max(200),
  type: z.string().min(1).max(100),
  created: unix,
  data: z.looseObject({ object: z.unknown() }),
});

/** Card networks' minor units: most currencies have two decimals, these none. */
const ZERO_DECIMAL = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

export async function stripeEvent(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const e = parsePayload(event, d.body);
  if (!e.type.startsWith('charge.dispute.')) return { status: 'ignored', note: `${e.type} is not a dispute event` };
  const r = dispute.safeParse(e.data.object);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new PayloadError(`data.object.${i.path.join('.')}: ${i.message}`);
  }
  const dp = r.data;
  if (!(await advanceResource(ctx.db, 'stripe', 'dispute', dp.id, new Date(e.created * 1000))))
    return { status: 'stale', note: `dispute ${dp.id} is already stored as of a later event` };
  const ref = (v: typeof dp.charge) => (typeof v === 'string' ? v : (v?.id ?? null));
  const refs = [ref(dp.charge), ref(dp.payment_intent)].filter((v): v is string => !!v);
  const [order] = await ordersByPaymentRef(ctx.db, refs);
  const orderId = order?.orderId ?? clip(dp.metadata?.order_id ?? dp.metadata?.orderId, 100);
  const skus = [...new Set(order?.lines.map((l) => l.sku) ?? [])];
  const cur = dp.currency.toLowerCase();
  const amount = ZERO_DECIMAL.has(cur) ? String(dp.amount) : (dp.amount / 100).toFixed(2);
  const dueBy = dp.evidence_details?.due_by ? new Date(dp.evidence_details.due_by * 1000) : null;
  const reason = dp.reason.replace(/_/g, ' ');
  // An inquiry (warning_*) can still be settled before it becomes a chargeback.
  const inquiry = dp.status.startsWith('warning_');
  const [res] = await ingest(ctx, 'stripe', [
    {
      channel: inquiry ? 'dispute' : 'chargeback',
      externalId: `stripe-${dp.id}`,
      receivedAt: new Date(dp.created * 1000).toISOString(),
      title: `${inquiry ? 'Payment inquiry' : 'Chargeback'}: ${reason}`,
      text: [
        `${inquiry ? 'Payment inquiry' : 'Chargeback'} on ${refs[0] ?? 'a payment'}: ${reason}.`,
        `Amount ${amount} ${cur.toUpperCase()}. Status ${dp.status.replace(/_/g, ' ')}.`,
        dueBy ? `Evidence due by ${dueBy.toISOString()}.` : 'No evidence can be submitted.',
      ].join(' '),
      orderId,
      sku: skus.length === 1 ? skus[0] : null,
    },
  ]);
  if (res && dueBy && dueBy > new Date(dp.created * 1000)) await setResolutionDeadline(ctx.db, res.id, dueBy, ctx.clock.now());
  return {
    status: 'processed',
    note: `${dp.status}${order ? '' : refs.length ? `; no order carries ${refs.join(' or ')}` : ''}`.slice(0, 300),
  };
}
