// Refunds and returns: the customer's reasons as signals (CONNECTORS.md §1.4). A refund has no
// reason code, only its free-text note; a return has a reason per line and the customer's note.
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import type { Outcome, StoredDelivery } from './connector.js';
import { ingest } from './ingest-signal.js';
import { clip, id, num, parsePayload, str, when } from './payload.js';
import { skuOf, variantOf } from './shopify-orders.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

const line = z.looseObject({ sku: str, variant_id: id.nullish(), product_id: id.nullish(), variant_title: str, title: str, name: str });

const refund = z.looseObject({
  id: id,
  order_id: id,
  created_at: when,
  note: str,
  refund_line_items: z.array(z.looseObject({ quantity: z.number().int().nullish(), line_item: line.nullish() })).nullish(),
  transactions: z.array(z.looseObject({ amount: num, currency: str, kind: str })).nullish(),
});

export async function shopifyRefund(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const r = parsePayload(refund, d.body);
  const items = (r.refund_line_items ?? []).flatMap((x) => (x.line_item ? [x.line_item] : []));
  const first = items[0];
  const amount = (r.transactions ?? []).filter((t) => t.kind === 'refund').reduce((s, t) => s + Number(t.amount ?? 0), 0);
  const currency = r.transactions?.[0]?.currency ?? '';
  const names = items.map((l) => clip(l.name ?? l.title, 200)).filter(Boolean);
  const text =
    clip(r.note, 100_000) ??
    // No note: still a refund of these items, worth counting; the words say there were none.
    `Refund without a note${names.length ? ` for ${names.join(', ')}` : ''}.`;
  const [res] = await ingest(ctx, 'shopify', [
    {
      channel: 'refund_reason',
      externalId: `shopify-refund-${r.id}`,
      receivedAt: r.created_at,
      text,
      title: amount > 0 ? `Refund of ${amount.toFixed(2)} ${currency}`.trim() : 'Refund',
      sku: first ? skuOf(first) : null,
      variant: first ? variantOf(first) : null,
      orderId: r.order_id,
    },
  ]);
  return { status: 'processed', note: res?.status === 'duplicate' ? 'the refund was already stored' : undefined };
}

/** GraphQL ReturnReason values as the words a person reads. */
const REASONS: Record<string, string> = {
  unknown: 'Unknown reason',
  defective: 'Defective',
  not_as_described: 'Not as described',
  wrong_item: 'Wrong item',
  unwanted: 'Unwanted',
  size_too_small: 'Size too small',
  size_too_large: 'Size too large',
  style: 'Style',
  color: 'Colour',
  other: 'Other',
};

const returnLine = z.looseObject({
  id: id,
  quantity: z.number().int().nullish(),
  return_reason: str,
  return_reason_note: str,
  customer_note: str,
  fulfillment_line_item: z.looseObject({ line_item: line.nullish() }).nullish(),
});

const returnRequest = z.looseObject({
  id: id,
  order: z.looseObject({ id: id, name: str }),
  created_at: when.nullish(),
  return_line_items: z.array(returnLine).min(1, 'a return names at least one line'),
});

/** returns/request: one return_reason signal per returned line, its reason as the title, the customer's words as the text. */
export async function shopifyReturn(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const r = parsePayload(returnRequest, d.body);
  const returnId = r.id.replace(/^gid:\/\/shopify\/Return\//, '');
  const orderId = r.order.id.replace(/^gid:\/\/shopify\/Order\//, '');
  const receivedAt = r.created_at ?? d.receivedAt.toISOString();
  await ingest(
    ctx,
    'shopify',
    r.return_line_items.map((l) => {
      const code = (l.return_reason ?? 'unknown').toLowerCase();
      const reason = REASONS[code] ?? clip(code.replace(/_/g, ' '), 100)!;
      const li = l.fulfillment_line_item?.line_item;
      const words = [clip(l.customer_note, 50_000), clip(l.return_reason_note, 50_000)].filter(Boolean).join('\n');
      return {
        channel: 'return_reason' as const,
        externalId: `shopify-return-${returnId}-${l.id.replace(/^gid:\/\/shopify\/ReturnLineItem\//, '')}`,
        receivedAt,
        text: words || `Return requested: ${reason}.`,
        title: `Return: ${reason}`,
        sku: li ? skuOf(li) : null,
        variant: li ? variantOf(li) : null,
        orderId,
      };
    }),
  );
  return { status: 'processed' };
}
