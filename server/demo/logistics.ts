import type { CatalogItem } from './catalog.js';
import { type Rng, chance, int, weighted } from '../lib/random.js';
import { type Calendar, DAY, HOUR, dayStart, isoDate, isoTime } from './time.js';

export interface Market {
  country: string;
  weight: number;
  currency: string;
  fx: number;
  region: 'NA' | 'EU' | 'GB' | 'BR' | 'AU';
}

export const MARKETS: Market[] = [
  { country: 'US', weight: 44, currency: 'USD', fx: 1, region: 'NA' },
  { country: 'CA', weight: 6, currency: 'CAD', fx: 1.37, region: 'NA' },
  { country: 'DE', weight: 12, currency: 'EUR', fx: 0.92, region: 'EU' },
  { country: 'FR', weight: 5, currency: 'EUR', fx: 0.92, region: 'EU' },
  { country: 'NL', weight: 3, currency: 'EUR', fx: 0.92, region: 'EU' },
  { country: 'ES', weight: 3, currency: 'EUR', fx: 0.92, region: 'EU' },
  { country: 'IT', weight: 3, currency: 'EUR', fx: 0.92, region: 'EU' },
  { country: 'SE', weight: 2, currency: 'EUR', fx: 0.92, region: 'EU' },
  { country: 'GB', weight: 8, currency: 'GBP', fx: 0.79, region: 'GB' },
  { country: 'BR', weight: 8, currency: 'BRL', fx: 5.4, region: 'BR' },
  { country: 'AU', weight: 6, currency: 'AUD', fx: 1.52, region: 'AU' },
];
export const MARKET_TABLE = weighted(MARKETS.map((m) => [m, m.weight] as const));

export interface RouteDef {
  code: string;
  warehouse: string;
  shippingMethod: string;
  minDays: number;
  maxDays: number;
}

const r = (code: string, warehouse: string, shippingMethod: string, minDays: number, maxDays: number): RouteDef => ({
  code,
  warehouse,
  shippingMethod,
  minDays,
  maxDays,
});

// Promised windows per lane; the page shows the US one as the product's delivery promise.
const STOCK_ROUTES: Record<Market['region'], RouteDef> = {
  NA: r('US-US-ground', 'US-NJ', 'standard', 3, 6),
  EU: r('DE-EU-ground', 'DE-LEJ', 'standard', 3, 7),
  GB: r('DE-GB-express', 'DE-LEJ', 'express', 3, 6),
  BR: r('US-BR-express', 'US-NJ', 'express', 7, 14),
  AU: r('US-AU-express', 'US-NJ', 'express', 6, 10),
};
const DIRECT_ROUTES: Record<Market['region'], RouteDef> = {
  NA: r('CN-US-air', 'CN-SZX', 'standard', 7, 12),
  EU: r('CN-EU-air', 'CN-SZX', 'standard', 8, 14),
  GB: r('CN-GB-air', 'CN-SZX', 'standard', 8, 14),
  BR: r('CN-BR-air', 'CN-SZX', 'standard', 15, 25),
  AU: r('CN-AU-air', 'CN-SZX', 'standard', 8, 12),
};
const US_EXPRESS = r('US-US-express', 'US-NJ', 'express', 1, 3);
const CA_GROUND = r('US-CA-ground', 'US-NJ', 'standard', 5, 9);
const DE_DOMESTIC = r('DE-DE-ground', 'DE-LEJ', 'standard', 1, 3);
const CN_CA = r('CN-CA-air', 'CN-SZX', 'standard', 8, 14);

export function routeFor(rng: Rng, item: CatalogItem, market: Market): RouteDef {
  if (item.fulfilment === 'direct') return market.country === 'CA' ? CN_CA : DIRECT_ROUTES[market.region];
  if (market.country === 'US') return chance(rng, 0.15) ? US_EXPRESS : STOCK_ROUTES.NA;
  if (market.country === 'CA') return CA_GROUND;
  if (market.country === 'DE') return DE_DOMESTIC;
  return STOCK_ROUTES[market.region];
}

/** The promise printed on the product page (the home market's lane). */
export function homePromise(item: CatalogItem): { min: number; max: number } {
  const lane = item.fulfilment === 'direct' ? DIRECT_ROUTES.NA : STOCK_ROUTES.NA;
  return { min: lane.minDays, max: lane.maxDays };
}

export interface Batch {
  sku: string;
  code: string;
  fromDay: number;
  toDay: number;
}

/**
 * Stock arrivals per SKU. Each arrival is a batch that serves orders until the next one.
 * `forced` pins arrivals on given days so incidents can hang on one known batch.
 */
export function buildBatches(rng: Rng, cal: Calendar, catalog: CatalogItem[], forced: Record<string, number[]>): Map<string, Batch[]> {
  const arrivals: Array<{ sku: string; day: number }> = [];
  for (const item of catalog) {
    const pinned = forced[item.sku] ?? [];
    let day = -int(rng, 5, item.restockDays);
    const days: number[] = [];
    while (day < cal.days) {
      // A scheduled arrival too close to a pinned one would split the incident batch in two.
      if (!pinned.some((p) => Math.abs(p - day) < 12)) days.push(day);
      day += item.restockDays + int(rng, -4, 4);
    }
    days.push(...pinned);
    days.sort((a, b) => a - b);
    for (const d of days) arrivals.push({ sku: item.sku, day: d });
  }
  // Letters run per month across the store, so a code names one batch without its SKU.
  arrivals.sort((a, b) => a.day - b.day || a.sku.localeCompare(b.sku));
  const perMonth = new Map<string, number>();
  const bySku = new Map<string, Batch[]>();
  for (const a of arrivals) {
    const date = isoDate(dayStart(cal, a.day));
    const yymm = date.slice(2, 4) + date.slice(5, 7);
    const n = perMonth.get(yymm) ?? 0;
    perMonth.set(yymm, n + 1);
    const letter =
      n < 26 ? String.fromCharCode(65 + n) : `${String.fromCharCode(65 + Math.floor(n / 26) - 1)}${String.fromCharCode(65 + (n % 26))}`;
    const list = bySku.get(a.sku) ?? [];
    const prev = list[list.length - 1];
    if (prev) prev.toDay = a.day - 1;
    list.push({ sku: a.sku, code: `B-${yymm}-${letter}`, fromDay: a.day, toDay: cal.days + 365 });
    bySku.set(a.sku, list);
  }
  return bySku;
}

export function batchOn(batches: Batch[], day: number): Batch {
  const batch = batches.findLast((b) => b.fromDay <= day) ?? batches[0];
  if (!batch) throw new Error('a product without batches');
  return batch;
}

export interface CarrierTrack {
  carrier: string;
  trackingNumber: string;
  carrierEvents: { at: string; status: string; location: string }[];
}

const WAREHOUSE_CITY: Record<string, string> = { 'CN-SZX': 'Shenzhen, CN', 'US-NJ': 'Edison, US', 'DE-LEJ': 'Leipzig, DE' };
const GATEWAY: Record<string, string> = {
  US: 'Chicago, US',
  CA: 'Toronto, CA',
  DE: 'Frankfurt, DE',
  FR: 'Paris, FR',
  NL: 'Amsterdam, NL',
  ES: 'Madrid, ES',
  IT: 'Milan, IT',
  SE: 'Stockholm, SE',
  GB: 'London, GB',
  BR: 'São Paulo, BR',
  AU: 'Sydney, AU',
};
const CARRIER: Record<string, [string, string]> = {
  'CN-SZX': ['Pearl Air Post', 'PA'],
  'US-NJ': ['Liberty Parcel', 'LP'],
  'DE-LEJ': ['Elbe Paket', 'EP'],
};

/**
 * The carrier's scans for a parcel that has left the warehouse, up to the end of the data: picked
 * up when shipped, departed, a scan about every day and a half on the way, out for delivery, delivered.
 * `stallMs` is time the parcel sits without a scan after leaving the origin (the slipping lane's
 * capacity cut), so those orders show the slip as one long silence. Draws only from `rng`.
 */
export function carrierTrack(
  rng: Rng,
  o: { route: RouteDef; country: string; shippedMs: number; arrivalMs: number; stallMs: number; endMs: number },
): CarrierTrack {
  const [carrier, prefix] = CARRIER[o.route.warehouse] ?? ['Parcel Carrier', 'PC'];
  const origin = WAREHOUSE_CITY[o.route.warehouse] ?? o.route.warehouse;
  const dest = GATEWAY[o.country] ?? o.country;
  const crossBorder = !origin.endsWith(`, ${o.country}`);
  const span = o.arrivalMs - o.shippedMs;
  const stall = Math.min(o.stallMs, span * 0.6);
  const move = span - stall;
  const plan: [number, string, string][] = [
    [o.shippedMs, 'picked_up', origin],
    [o.shippedMs + move * 0.1, 'departed_origin', origin],
  ];
  const from = o.shippedMs + move * 0.1 + stall;
  const outForDelivery = o.arrivalMs - Math.min(5 * HOUR, move * 0.05);
  const hops = Math.max(1, Math.ceil((outForDelivery - from) / (1.5 * DAY)) - 1);
  const step = (outForDelivery - from) / (hops + 1);
  for (let k = 0; k < hops; k++) {
    const status = k === 0 && crossBorder ? 'arrived_destination' : k === 1 && crossBorder ? 'customs_cleared' : 'in_transit';
    plan.push([from + (k + 1) * step + (rng() - 0.5) * 0.3 * step, status, dest]);
  }
  plan.push([outForDelivery, 'out_for_delivery', dest], [o.arrivalMs, 'delivered', dest]);
  const trackingNumber = `${prefix}${String(int(rng, 0, 999_999_999)).padStart(9, '0')}${o.route.warehouse.slice(0, 2)}`;
  return {
    carrier,
    trackingNumber,
    carrierEvents: plan.filter(([at]) => at < o.endMs).map(([at, status, location]) => ({ at: isoTime(Math.floor(at)), status, location })),
  };
}
