import { orderLinkFor } from '../modules/portal/index.js';
import { withStore, type CommonFlags } from './store.js';

const USAGE = 'usage: writeback portal link --order ORDER_ID [--days N] [--base-url https://your.server] [--json]';

/**
 * `writeback portal link --order N`: the signed link to put in one order's emails, so the
 * customer's complaint form opens with the order already identified.
 */
export async function portalCommand(
  sub: string | undefined,
  flags: CommonFlags & { order?: string; days?: string; 'base-url'?: string; json?: boolean },
): Promise<number> {
  if (sub !== 'link' || !flags.order) throw new Error(USAGE);
  const days = flags.days === undefined ? undefined : Number(flags.days);
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 730))
    throw new Error(`--days must be a whole number from 1 to 730, not "${flags.days}"`);
  const base = flags['base-url']?.replace(/\/+$/, '') ?? '';
  if (base && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(base)) throw new Error(`--base-url must be an http(s) address, not "${base}"`);
  const r = await withStore(flags, (ctx) => orderLinkFor(ctx, flags.order!, days));
  const url = `${base}${r.path}`;
  console.log(flags.json ? JSON.stringify({ ...r, url }) : `${url}\n(good until ${r.expiresAt})`);
  return 0;
}
