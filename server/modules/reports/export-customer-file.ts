import { strToU8, zipSync } from 'fflate';
import type { AppContext } from '../../platform/http/context.js';
import { appendEvents } from '../../platform/events.js';
import { getCustomerFile } from './customer-file.js';

declare module '../../platform/events.js' {
  interface EventPayloads {
    /** A customer's data was exported on request; the payload counts files, it quotes nothing. */
    'customer.exported': { signals: number; orders: number; attachments: number };
  }
}

/**
 * A customer's data as a zip, for an access request: customer.json, orders.json, signals.json
 * (with the replies they were sent), ugc.json, and attachments.json listing every attachment as
 * it was received. Writeback keeps attachments as the links the shop's systems sent (it stores no
 * file of its own), so the links are the originals it holds. The export is logged, without data.
 */
export async function exportCustomerFile(
  ctx: AppContext,
  customerId: string,
  o: { actor: string },
): Promise<{ zip: Uint8Array; fileName: string }> {
  const file = await getCustomerFile(ctx.db, customerId);
  const json = (v: unknown) => strToU8(`${JSON.stringify(v, null, 2)}\n`);
  const attachments = file.signals.flatMap((s) => s.attachments.map((a) => ({ signalId: s.id, kind: a.kind, url: a.url })));
  const at = ctx.clock.now();
  const zip = zipSync(
    {
      'customer.json': json({ customerId: file.customerId, tier: file.tier, erasedAt: file.erasedAt, exportedAt: at.toISOString() }),
      'orders.json': json(file.orders),
      'signals.json': json(file.signals),
      'ugc.json': json(file.ugcAssets),
      'attachments.json': json(attachments),
    },
    { mtime: at },
  );
  await appendEvents(ctx.db, [
    {
      type: 'customer.exported',
      actor: o.actor,
      at,
      subjectType: 'customer',
      subjectId: customerId,
      payload: { signals: file.signals.length, orders: file.orders.length, attachments: attachments.length },
    },
  ]);
  return { zip, fileName: `customer-${customerId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80)}.zip` };
}
