import { hasAll, type Preset } from './preset.js';

/**
 * Presets turn the public datasets in ../shared/datasets into Writeback records. They exist
 * for tests, evaluation and benchmarks; each knows its file's columns and fills what the file
 * lacks (channel, synthetic dates) deterministically, so a re-import finds the same keys.
 */
const blank = (v: unknown): string | undefined => (typeof v !== 'string' || v.trim() === '' ? undefined : v);
const olistDate = (v: unknown) => (blank(v) ? `${(v as string).slice(0, 19).replace(' ', 'T')}Z` : undefined);
const dayMs = 86_400_000;

/** Women's reviews have no dates: spread them over 2026 by row index, one every 20 minutes. */
function syntheticDate(index: number): string {
  return new Date(Date.UTC(2026, 0, 1) + index * 20 * 60_000).toISOString();
}

const womens: Preset = {
  name: 'womens-clothing',
  label: "Women's clothing reviews (dataset)",
  kinds: ['signals'],
  detect: hasAll('Clothing ID', 'Review Text', 'Rating'),
  toRecord: (_kind, r) => ({
    channel: 'review',
    externalId: `womens-${String(r[''])}`,
    receivedAt: syntheticDate(Number(r[''])),
    title: blank(r.Title),
    text: blank(r['Review Text']) ?? '',
    rating: blank(r.Rating) ? Number(r.Rating) : undefined,
    sku: blank(r['Clothing ID']) ? `WC-${r['Clothing ID']}` : undefined,
    variant: blank(r['Class Name']),
    language: 'en',
    public: true,
  }),
};

const olist: Preset = {
  name: 'olist',
  label: 'Olist orders and reviews (dataset)',
  kinds: ['signals', 'orders'],
  detect: hasAll('review_score', 'order_purchase_timestamp'),
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
  label: 'Bitext support chats (dataset)',
  kinds: ['signals'],
  detect: hasAll('instruction', 'intent', 'response'),
  toRecord: (_kind, r, rowNumber) => ({
    channel: 'chat',
    externalId: `bitext-${rowNumber}`,
    receivedAt: syntheticDate(rowNumber),
    text: blank(r.instruction) ?? '',
    language: 'en',
    handledBy: 'human',
  }),
};

export const DATASET_PRESETS: Preset[] = [womens, olist, bitext];
