import { emailKey, get, hasAll, list, num, stableId, str, truthy, type Preset } from './preset.js';

/** Judge.me review export (CSV). It has no review id: the id is a hash of product, reviewer, date and text. */
export const judgeme: Preset = {
  name: 'judgeme',
  label: 'Judge.me reviews export (CSV)',
  kinds: ['signals'],
  detect: hasAll('review_date', 'reviewer_email', 'product_handle', 'body', 'rating'),
  reads: ['title', 'body', 'rating', 'review_date', 'curated', 'reviewer_email', 'product_handle', 'picture_urls'],
  toRecord: (_kind, r) => {
    const curated = str(r.curated)?.toLowerCase();
    return {
      channel: 'review',
      externalId: stableId('judgeme', r.product_handle, r.reviewer_email, r.review_date, r.body),
      receivedAt: str(r.review_date),
      title: str(r.title),
      text: str(r.body) ?? '',
      rating: num(r.rating),
      // Judge.me names the product by its handle; a store that keys products by SKU maps it with --set or its catalogue.
      sku: str(r.product_handle),
      customerId: emailKey(r.reviewer_email),
      public: curated === 'ok',
      published: curated === undefined ? undefined : curated === 'ok',
      attachments: (str(r.picture_urls) ?? '')
        .split(/[,\s]+/)
        .filter((u) => /^https?:\/\//.test(u))
        .map((url) => ({ kind: 'photo', url })),
    };
  },
};

/** Yotpo reviews export (CSV). No review id either. */
export const yotpo: Preset = {
  name: 'yotpo',
  label: 'Yotpo reviews export (CSV)',
  kinds: ['signals'],
  detect: hasAll('Review Title', 'Review Content', 'Review Score', 'Product ID'),
  reads: ['Review Title', 'Review Content', 'Review Score', 'Date', 'Product ID', 'Email'],
  toRecord: (_kind, r) => ({
    channel: 'review',
    externalId: stableId('yotpo', r['Product ID'], r.Email, r.Date, r['Review Content']),
    receivedAt: str(r.Date),
    title: str(r['Review Title']),
    text: str(r['Review Content']) ?? '',
    rating: num(r['Review Score']),
    sku: str(r['Product ID']),
    customerId: emailKey(r.Email),
    public: true,
  }),
};

/** Trustpilot service reviews (the API's JSON: `{"reviews": [...]}` or one review per NDJSON line). */
export const trustpilot: Preset = {
  name: 'trustpilot',
  label: 'Trustpilot reviews (JSON)',
  kinds: ['signals'],
  detect: (c) => c.has('stars') && c.has('consumer') && c.has('createdAt'),
  reads: ['id', 'stars', 'title', 'text', 'language', 'createdAt', 'consumer', 'referenceId', 'status'],
  toRecord: (_kind, r) => {
    const status = str(r.status)?.toLowerCase();
    return {
      channel: 'review',
      externalId: str(r.id) ? `trustpilot-${str(r.id)}` : stableId('trustpilot', '', get(r, 'consumer.id'), r.createdAt, r.text),
      receivedAt: str(r.createdAt),
      title: str(r.title),
      text: str(r.text) ?? '',
      rating: num(r.stars),
      language: str(r.language),
      customerId: str(get(r, 'consumer.id')) ? `trustpilot-${str(get(r, 'consumer.id'))}` : undefined,
      orderId: str(r.referenceId),
      public: status === undefined || status === 'active',
      published: status === undefined ? undefined : status === 'active',
    };
  },
};

const text = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null ? str((v as { '#text'?: unknown })['#text']) : str(v);

/** Google Merchant product review feed (XML, schema 2.4): each `<review>` element is one row. */
export const googleReviews: Preset = {
  name: 'google-reviews',
  label: 'Google product review feed (XML)',
  kinds: ['signals'],
  detect: (c) => c.has('review_id') && c.has('review_timestamp'),
  reads: [
    'review_id',
    'reviewer',
    'review_timestamp',
    'title',
    'content',
    'review_language',
    'ratings',
    'products',
    'reviewer_images',
    'is_spam',
    'transaction_id',
  ],
  toRecord: (_kind, r) => {
    const overall = get(r, 'ratings.overall') as Record<string, unknown> | string | undefined;
    const value = num(text(overall));
    const min = num(typeof overall === 'object' ? overall['@min'] : undefined) ?? 1;
    const max = num(typeof overall === 'object' ? overall['@max'] : undefined) ?? 5;
    // The feed rates on its own scale (min..max); ours is 1..5.
    const rating = value === undefined || max <= min ? undefined : Math.round(1 + ((value - min) / (max - min)) * 4);
    const product = list(get(r, 'products.product'))[0] as Record<string, unknown> | undefined;
    const sku = product ? (text(get(product, 'product_ids.skus.sku')) ?? text(get(product, 'product_ids.gtins.gtin'))) : undefined;
    const spam = truthy(text(r.is_spam));
    const reviewerId = text(get(r, 'reviewer.reviewer_id'));
    return {
      channel: 'review',
      externalId: `google-${text(r.review_id) ?? ''}`,
      receivedAt: text(r.review_timestamp),
      title: text(r.title),
      text: text(r.content) ?? '',
      rating,
      sku,
      language: text(r.review_language),
      customerId: reviewerId ? `google-${reviewerId}` : undefined,
      orderId: text(r.transaction_id),
      public: !spam,
      published: spam === undefined ? undefined : !spam,
      attachments: list(get(r, 'reviewer_images.reviewer_image'))
        .map((i) => text(get((i ?? {}) as Record<string, unknown>, 'url')))
        .filter((u): u is string => !!u && /^https?:\/\//.test(u))
        .map((url) => ({ kind: 'photo', url })),
    };
  },
};
