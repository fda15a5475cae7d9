import type { Kind } from './map-record.js';

/**
 * Presets turn the public datasets in ../shared/datasets into Writeback records. They exist
 * for tests, evaluation and benchmarks; each knows its file's columns and fills what the file
 * lacks (channel, synthetic dates) deterministically, so a re-import finds the same keys.
 */
export interface Preset {
  name: string;
  kinds: Kind[];
  toRecord(kind: Kind, row: Record<string, string>, rowNumber: number): Record<string, unknown>;
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
const olistDate = (v: string | undefined) => (blank(v) ? `${v!.slice(0, 19).replace(' ', 'T')}Z` : undefined);
const dayMs = 86_400_000;

/** Women's reviews have no dates: spread them over 2026 by row index, one every 20 minutes. */
function syntheticDate(index: number): string {
  return new Date(Date.UTC(2026, 0, 1) + index * 20 * 60_000).toISOString();
}

const womens: Preset = {
  name: 'womens-clothing',
  kinds: ['signals'],
  toRecord: (_kind, r) => ({
    channel: 'review',
    externalId: `womens-${r['']}`,
    receivedAt: syntheticDate(Number(r[''])),
    title: blank(r.Title),
    text: r['Review Text'] ?? '',
    rating: blank(r.Rating) ? Number(r.Rating) : undefined,
    sku: blank(r['Clothing ID']) ? `WC-${r['Clothing ID']}` : undefined,
    variant: blank(r['Class Name']),
    language: 'en',
    public: true,
  }),
};

const olist: Preset = {
  name: 'olist',
  kinds: ['signals', 'orders'],
  toRecord: (kind, r) => {
    const sku = blank(r.product_category_name) ? `OL-${r.product_category_name}` : 'OL-unknown';
    if (kind === 'orders') {
      const ordered = olistDate(r.order_purchase_timestamp);
      const estimated = olistDate(r.order_estimated_delivery_date);
      const qty = Number(r.order_items_qty) || 1;
      const value = Number(r.order_products_value);
      return {
        orderId: `olist-${r.id}`,
        customerId: `olist-c-${r.id}`,
        orderedAt: ordered,
        value: Number.isFinite(value) ? value : undefined,
        currency: 'BRL',
        country: 'BR',
        route: blank(r.customer_state) ? `BR-${r.customer_state}` : undefined,
        promisedMaxDays: ordered && estimated ? Math.max(0, Math.round((Date.parse(estimated) - Date.parse(ordered)) / dayMs)) : undefined,
        deliveredAt: olistDate(r.order_delivered_customer_date),
        lines: [{ sku, qty, price: Number.isFinite(value) ? Math.round((value / qty) * 100) / 100 : 0 }],
      };
    }
    const text = [blank(r.review_comment_title), blank(r.review_comment_message)].filter(Boolean).join(' — ');
    return {
      channel: 'review',
      externalId: `olist-${r.id}`,
      receivedAt: olistDate(r.review_creation_date),
      title: blank(r.review_comment_title),
      text: blank(r.review_comment_message) ?? (text || ''),
      rating: blank(r.review_score) ? Number(r.review_score) : undefined,
      sku,
      orderId: `olist-${r.id}`,
      customerId: `olist-c-${r.id}`,
      language: 'pt',
      public: true,
    };
  },
};

const bitext: Preset = {
  name: 'bitext',
  kinds: ['signals'],
  toRecord: (_kind, r, rowNumber) => ({
    channel: 'chat',
    externalId: `bitext-${rowNumber}`,
    receivedAt: syntheticDate(rowNumber),
    text: r.instruction ?? '',
    language: 'en',
    handledBy: 'human',
  }),
};

export const PRESETS: Record<string, Preset> = { 'womens-clothing': womens, olist, bitext };
