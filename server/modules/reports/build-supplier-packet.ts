import { zipSync, strToU8 } from 'fflate';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { maskPacketText, maskPacketUrl } from './mask-packet.js';
import { representativeWording } from '../issues/index.js';
import { packetSignals, packetAttachments, packetOrders } from './packet-repository.js';
import { csvLine } from './render-csv.js';
import { inspectionsOf } from '../inspections/index.js';

/** A packet is something a person reads and forwards; beyond this many signals it says it was cut. */
export const PACKET_LIMIT = 5000;

export interface PacketOptions {
  supplier?: string;
  batch?: string;
  from: Date;
  to: Date;
  actor: string;
}

/**
 * The evidence a supplier needs, ready to send: a summary, every signal's wording (personal data
 * masked), the photo links, and the order records with the customer left out.
 */
export async function buildSupplierPacket(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: PacketOptions,
): Promise<{ zip: Uint8Array; fileName: string; signals: number; orders: number; photos: number; truncated: boolean }> {
  if ((o.supplier === undefined) === (o.batch === undefined))
    throw new AppError('invalid_input', 'give exactly one of supplier or batch', [{ path: 'supplier', message: 'give supplier or batch' }]);
  if (!(o.from < o.to)) throw new AppError('invalid_input', 'from must be before to', [{ path: 'from', message: 'must be before to' }]);
  const signals = await packetSignals(ctx.db, { supplier: o.supplier, batch: o.batch, from: o.from, to: o.to, limit: PACKET_LIMIT + 1 });
  const truncated = signals.length > PACKET_LIMIT;
  if (truncated) signals.length = PACKET_LIMIT;
  const ids = signals.map((s) => s.id);
  const photos = await packetAttachments(ctx.db, ids);
  const orders = await packetOrders(ctx.db, [...new Set(signals.map((s) => s.orderId).filter((x): x is string => Boolean(x)))]);
  // The QA record of every batch the packet touches, so the supplier sees what was inspected.
  const batches = [...new Set([...signals.map((s) => s.batch), ...orders.map((x) => x.batch)].filter((b): b is string => Boolean(b)))];
  const inspections = await inspectionsOf(ctx.db, { batches });
  // Customers' wording, and any other text that came from a shop's data, is masked wherever it lands.
  for (const s of signals) {
    s.sku = s.sku && maskPacketText(s.sku);
    s.batch = s.batch && maskPacketText(s.batch);
    s.orderId = s.orderId && maskPacketText(s.orderId);
  }
  const masked = signals.map((s) => maskPacketText(s.text).replace(/\s+/g, ' ').trim());
  const links = photos.map((p) => maskPacketUrl(p.url));

  const subject = o.supplier !== undefined ? `supplier ${o.supplier}` : `batch ${o.batch}`;
  const range = `${o.from.toISOString().slice(0, 10)} to ${o.to.toISOString().slice(0, 10)}`;
  const count = (f: (s: (typeof signals)[number]) => string[]) => {
    const m = new Map<string, number>();
    for (const s of signals) for (const k of f(s)) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const byType = count((s) => (s.issueTypes.length ? s.issueTypes : ['(untyped)']));
  const lines = (rows: [string, number][]) => rows.map(([k, n]) => `- ${k}: ${n}`).join('\n') || '- none';
  const examples = byType
    .slice(0, 5)
    .map(([type]) => {
      const idx = signals
        .map((s, i) => (s.issueTypes.includes(type) ? i : -1))
        .filter((i) => i >= 0)
        .slice(0, 200);
      const rep = representativeWording(idx.map((i) => masked[i]!));
      return rep ? `- ${type}: "${rep.text}" (signal ${signals[idx[rep.index]!]!.id})` : null;
    })
    .filter(Boolean)
    .join('\n');
  const summary =
    `# Evidence packet: ${subject}\n\nSignals received ${range} (UTC): ${signals.length}${truncated ? ` (cut at ${PACKET_LIMIT})` : ''}; ` +
    `${orders.length} linked orders; ${photos.length} photos or videos.\n\n## By issue type\n${lines(byType)}\n\n## By SKU\n${lines(count((s) => [s.sku ?? '(no SKU)']))}\n\n` +
    `## By batch\n${lines(count((s) => [s.batch ?? '(unknown batch)']))}\n\n## In the customers' words\n${examples || '- none'}\n\n` +
    `Files: signals.csv (wording with personal data masked), photos.csv (links; a link that carried personal data is masked and marked, ask for that photo), orders.csv (no customer identifiers), inspections.csv (the QA records of these batches: ${inspections.length}).\n`;
  const inspectionsCsv =
    [csvLine(['batch', 'sku', 'inspected_at', 'inspector', 'result', 'notes', 'photos'])]
      .concat(
        inspections.map((r) =>
          csvLine(
            [r.batch, r.sku, r.inspectedAt, r.inspector, r.result, r.notes, r.photos.join(' ')].map((v) =>
              typeof v === 'string' ? maskPacketText(v) : v,
            ),
          ),
        ),
      )
      .join('\n') + '\n';
  const signalsCsv =
    [csvLine(['signal_id', 'received_at', 'channel', 'sku', 'batch', 'issue_types', 'rating', 'language', 'order_id', 'wording'])]
      .concat(
        signals.map((s, i) =>
          csvLine([
            s.id,
            s.receivedAt.toISOString(),
            s.channel,
            s.sku,
            s.batch,
            s.issueTypes.join(' '),
            s.rating,
            s.language,
            s.orderId,
            masked[i],
          ]),
        ),
      )
      .join('\n') + '\n';
  const photosCsv =
    [csvLine(['signal_id', 'kind', 'url', 'link_masked'])]
      .concat(photos.map((p, i) => csvLine([p.signalId, p.kind, links[i]!.url, links[i]!.masked ? 'yes' : 'no'])))
      .join('\n') + '\n';
  const d = (x: Date | null) => x?.toISOString() ?? '';
  const ordersCsv =
    [
      csvLine([
        'order_id',
        'ordered_at',
        'country',
        'shipping_method',
        'route',
        'promised_min_days',
        'promised_max_days',
        'shipped_at',
        'delivered_at',
        'batch',
        'supplier',
        'warehouse',
        'lines',
      ]),
    ]
      .concat(
        orders.map((x) =>
          csvLine(
            [
              x.orderId,
              d(x.orderedAt),
              x.country,
              x.shippingMethod,
              x.route,
              x.promisedMinDays,
              x.promisedMaxDays,
              d(x.shippedAt),
              d(x.deliveredAt),
              x.batch,
              x.supplier,
              x.warehouse,
              x.lines.map((l) => `${l.qty}x ${l.sku}${l.variant ? ` (${l.variant})` : ''}`).join('; '),
            ].map((v) => (typeof v === 'string' ? maskPacketText(v) : v)),
          ),
        ),
      )
      .join('\n') + '\n';
  const zip = zipSync(
    {
      'summary.md': strToU8(summary),
      'signals.csv': strToU8(signalsCsv),
      'photos.csv': strToU8(photosCsv),
      'orders.csv': strToU8(ordersCsv),
      'inspections.csv': strToU8(inspectionsCsv),
    },
    { mtime: ctx.clock.now() },
  );
  await appendEvents(ctx.db, [
    {
      type: 'report.supplier_packet_built',
      actor: o.actor,
      at: ctx.clock.now(),
      subjectType: o.supplier !== undefined ? 'supplier' : 'batch',
      subjectId: o.supplier ?? o.batch,
      payload: {
        from: o.from.toISOString(),
        to: o.to.toISOString(),
        signals: signals.length,
        orders: orders.length,
        photos: photos.length,
        truncated,
      },
    },
  ]);
  const slug = (o.supplier ?? o.batch)!.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
  return {
    zip,
    fileName: `evidence-${o.supplier !== undefined ? 'supplier' : 'batch'}-${slug}-${range.replace(' to ', '_')}.zip`,
    signals: signals.length,
    orders: orders.length,
    photos: photos.length,
    truncated,
  };
}
