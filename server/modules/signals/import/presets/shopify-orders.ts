import { emailKey, hasAll, num, str, type Preset } from './preset.js';

/**
 * Shopify Admin → Orders → Export (CSV), for a backfill of past orders. One row per line item: the
 * first row of an order carries the order's columns, the rows after it repeat `Name` and fill
 * only the `Lineitem *` columns, so the import folds consecutive rows of one order into its lines.
 */
const READS = [
  'Name',
  'Email',
  'Created at',
  'Fulfilled at',
  'Currency',
  'Total',
  'Shipping Method',
  'Shipping Country',
  'Shipping Province',
  'Lineitem quantity',
  'Lineitem name',
  'Lineitem price',
  'Lineitem sku',
];

export const shopifyOrders: Preset = {
  name: 'shopify-orders',
  label: 'Shopify orders export (CSV)',
  kinds: ['orders'],
  detect: hasAll('Name', 'Financial Status', 'Lineitem sku', 'Created at'),
  reads: READS,
  groupLines: true,
  toRecord: (_kind, r) => {
    const name = str(r['Lineitem name']);
    const dash = name?.lastIndexOf(' - ') ?? -1;
    const country = str(r['Shipping Country'])?.toUpperCase();
    const province = str(r['Shipping Province']);
    return {
      orderId: str(r.Name),
      customerId: emailKey(r.Email),
      orderedAt: str(r['Created at']),
      value: num(r.Total),
      currency: str(r.Currency),
      country,
      shippingMethod: str(r['Shipping Method']),
      route: country ? (province ? `${country}-${province}` : country) : undefined,
      shippedAt: str(r['Fulfilled at']),
      lines: [
        {
          sku: str(r['Lineitem sku']) ?? name,
          ...(name && dash > 0 ? { variant: name.slice(dash + 3) } : {}),
          qty: num(r['Lineitem quantity']) ?? 1,
          price: num(r['Lineitem price']) ?? 0,
        },
      ],
    };
  },
};
