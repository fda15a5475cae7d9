import type { ComplaintChain, ProblemId } from '../../../contracts/portal.js';
import type { AppContext } from '../../platform/http/context.js';
import { getOrders } from '../orders/index.js';
import { inspectionsOf } from '../inspections/index.js';
import { photosOf, type ComplaintRow } from './complaint-repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The work order's chain: the order and the lines complained about, the batch and its inspections, the parcel's scans, the complaint. */
export async function traceComplaint(ctx: Pick<AppContext, 'db'>, c: ComplaintRow): Promise<ComplaintChain> {
  const [order] = await getOrders(ctx.db, [c.orderId]);
  const lines = (order?.lines ?? []).filter((l) => c.items.includes(l.sku));
  const batch = order?.batch ?? null;
  const [inspections, photos] = await Promise.all([
    batch ? inspectionsOf(ctx.db, { batches: [batch], sku: c.items.length === 1 ? c.items[0] : undefined }) : [],
    photosOf(ctx.db, c.id),
  ]);
  return {
    reference: c.reference,
    order: {
      orderId: c.orderId,
      orderedAt: order ? order.orderedAt.toISOString() : c.createdAt.toISOString(),
      shippedAt: iso(order?.shippedAt ?? null),
      deliveredAt: iso(order?.deliveredAt ?? null),
      supplier: order?.supplier ?? null,
      warehouse: order?.warehouse ?? null,
      carrier: order?.carrier ?? null,
      trackingNumber: order?.trackingNumber ?? null,
    },
    lines: lines.map((l) => ({ sku: l.sku, variant: l.variant, qty: l.qty })),
    batch,
    inspections,
    carrierScans: order?.carrierEvents ?? [],
    complaint: {
      filedAt: c.createdAt.toISOString(),
      problem: c.problem as ProblemId,
      photos: photos.map((p) => ({
        url: `/api/portal/photos/${p.file}`,
        thumbUrl: `/api/portal/photos/${p.thumb}`,
        mime: p.mime,
        width: p.width,
        height: p.height,
      })),
    },
  } satisfies ComplaintChain;
}
