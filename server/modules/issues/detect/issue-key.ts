import type { IssueType } from '../../../../contracts/signal.js';

export type KeyDimension = 'batch' | 'route' | 'market';

export interface KeyableSignal {
  issueType: IssueType;
  sku?: string | null;
  batch?: string | null;
  /** Shipping route or method, e.g. "CN-US economy". */
  route?: string | null;
  /** Market: the order's country. */
  market?: string | null;
}

/**
 * Which known dimensions split an issue, per type. A dimension refines the key only where it
 * names the cause: a bad batch causes defects, a route causes delays, a market has its own
 * customs and legal terms. Elsewhere it stays a dimension of one issue, because splitting fit
 * questions by batch would scatter one repeat into pieces too small to notice.
 */
export const KEY_REFINERS: Readonly<Record<IssueType, readonly KeyDimension[]>> = {
  fit_size: [],
  listing_mismatch: [],
  material_quality: ['batch'],
  defect: ['batch'],
  damaged_in_transit: ['route'],
  missing_item: ['batch'],
  wrong_item: ['batch'],
  delivery_delay: ['route', 'market'],
  setup_usage: [],
  returns_refunds: [],
  payment_checkout: ['market'],
  warranty_policy: ['market'],
  safety: ['batch'],
  support_experience: [],
  ai_wrong_answer: [],
  praise: [],
};

/** Signals with no SKU (checkout, the chatbot, support itself) group at store level. */
export const STORE_SCOPE = '*';

export interface IssueKey {
  key: string;
  issueType: IssueType;
  sku: string;
  batch: string | null;
  route: string | null;
  market: string | null;
}

function clean(v: string | null | undefined): string | null {
  const t = v?.trim();
  return t ? t : null;
}

/**
 * The grouping key of the issue a signal belongs to. A refining dimension that is unknown on
 * the signal is left out, so such signals join the SKU-level issue rather than being dropped.
 * Values are URI-encoded so a "|" or "=" inside a SKU cannot collide with another key.
 */
export function issueKey(s: KeyableSignal): IssueKey {
  const sku = clean(s.sku) ?? STORE_SCOPE;
  const refiners = KEY_REFINERS[s.issueType];
  const pick = (d: KeyDimension) => (refiners.includes(d) ? clean(s[d]) : null);
  const out = { issueType: s.issueType, sku, batch: pick('batch'), route: pick('route'), market: pick('market') };
  const parts = [out.issueType, `sku=${encodeURIComponent(sku)}`];
  for (const d of ['batch', 'route', 'market'] as const) {
    const v = out[d];
    if (v !== null) parts.push(`${d}=${encodeURIComponent(d === 'market' ? v.toUpperCase() : v)}`);
  }
  return { key: parts.join('|'), ...out, market: out.market?.toUpperCase() ?? null };
}
