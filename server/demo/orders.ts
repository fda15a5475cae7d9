import type { OrderInput } from '../../contracts/signal.js';
import { CATALOG, type CatalogItem } from './catalog.js';
import { type Batch, MARKET_TABLE, type Market, type RouteDef, batchOn, carrierTrack, routeFor } from './logistics.js';
import type { IncidentPlan } from './plan.js';
import { type Rng, chance, draw, int, pick, poisson, streamFor, weighted } from '../lib/random.js';
import { type Calendar, DAY, HOUR, dayStart, isoTime, momentInDay, weekday } from './time.js';

export type Tier = 'new' | 'regular' | 'repeat' | 'vip' | 'bulk' | 'influencer';

export interface Customer {
  id: string;
  tier: Tier;
  market: Market;
  lang: 'en' | 'pt';
}

export interface OrderLine {
  item: CatalogItem;
  variant: string;
  qty: number;
  batch: Batch;
}

/** An order plus what the signal generators need to know about it. */
export interface DemoOrder {
  input: OrderInput;
  orderedMs: number;
  day: number;
  lines: OrderLine[];
  customer: Customer;
  route: RouteDef;
  /** When it arrives or would arrive, even past the end of the data. */
  arrivalMs: number;
  late: boolean;
  /** Late because of the planted route slip; the incident, not the noise, speaks for these. */
  incidentRoute: boolean;
}

// Saturday and Sunday sell more; midweek is the trough.
const WEEKDAY_FACTOR = [1.25, 1.0, 0.93, 0.92, 0.98, 1.06, 1.2];
const BASE_ORDERS_PER_DAY = 46;
const BACKGROUND_LATE_SHARE = 0.04;

const SKU_TABLE = weighted(CATALOG.map((p) => [p, p.weight] as const));
const RETURNING_TIERS = weighted<Tier>([
  ['regular', 40],
  ['repeat', 30],
  ['vip', 14],
  ['bulk', 8],
  ['influencer', 8],
]);
const TIER_ORDER_WEIGHT: Record<Tier, number> = { new: 1, regular: 1, repeat: 2.5, vip: 4, bulk: 3, influencer: 1.5 };

/** A bijective scramble of the counter, so ids look arbitrary yet never collide. */
function customerId(seed: number, n: number): string {
  const x = (Math.imul(n + 1, 0x2c1b3c6d) ^ Math.imul(seed, 0x297a2d39)) >>> 0;
  return `cu_${x.toString(36).padStart(7, '0')}`;
}

function makeCustomer(rng: Rng, seed: number, n: number, tier: Tier): Customer {
  const market = draw(rng, MARKET_TABLE);
  return { id: customerId(seed, n), tier, market, lang: market.country === 'BR' ? 'pt' : 'en' };
}

export function generateOrders(rng: Rng, seed: number, cal: Calendar, batches: Map<string, Batch[]>, plan: IncidentPlan): DemoOrder[] {
  let customerCount = 0;
  const returning: Customer[] = [];
  for (let i = 0; i < 900; i++) returning.push(makeCustomer(rng, seed, customerCount++, draw(rng, RETURNING_TIERS)));
  const returningTable = weighted(returning.map((c) => [c, TIER_ORDER_WEIGHT[c.tier]] as const));
  // Tracking draws from its own stream: adding scans moves no order, signal or incident.
  const carrierRng = streamFor(seed, 'carrier');

  const orders: DemoOrder[] = [];
  for (let day = 0; day < cal.days; day++) {
    const dayMs = dayStart(cal, day);
    const growth = 1 + 0.18 * (day / cal.days);
    const count = poisson(rng, BASE_ORDERS_PER_DAY * WEEKDAY_FACTOR[weekday(dayMs)]! * growth);
    const moments: number[] = [];
    for (let i = 0; i < count; i++) moments.push(momentInDay(rng, dayMs));
    moments.sort((a, b) => a - b);
    for (const orderedMs of moments) {
      const customer = chance(rng, 0.62) ? makeCustomer(rng, seed, customerCount++, 'new') : draw(rng, returningTable);
      orders.push(buildOrder(rng, carrierRng, cal, day, orderedMs, orders.length, customer, batches, plan));
    }
  }
  return orders;
}

function buildOrder(
  rng: Rng,
  carrierRng: Rng,
  cal: Calendar,
  day: number,
  orderedMs: number,
  index: number,
  customer: Customer,
  batches: Map<string, Batch[]>,
  plan: IncidentPlan,
): DemoOrder {
  const lineCount = customer.tier === 'vip' ? int(rng, 1, 4) : chance(rng, 0.72) ? 1 : chance(rng, 0.75) ? 2 : 3;
  const lines: OrderLine[] = [];
  for (let attempt = 0; lines.length < lineCount && attempt < 8; attempt++) {
    const item = draw(rng, SKU_TABLE);
    if (lines.some((l) => l.item.sku === item.sku)) continue;
    const qty = customer.tier === 'bulk' ? int(rng, 4, 20) : chance(rng, 0.1) ? 2 : 1;
    // Orders taken while a SKU waits for its restock are filled from the new batch.
    const restock = backorderUntil(plan, item.sku, day);
    lines.push({ item, variant: pick(rng, item.variants), qty, batch: batchOn(batches.get(item.sku)!, restock ?? day) });
  }
  const primary = lines[0]!;
  const route = routeFor(rng, primary.item, customer.market);
  const handlingMs = (primary.item.fulfilment === 'direct' ? int(rng, 20, 60) : int(rng, 4, 30)) * HOUR;

  // The promise counts from the order; most parcels land inside it, a few slip a little,
  // and the planned route slip pushes nearly every parcel on that lane well past it.
  let days = int(rng, route.minDays, route.maxDays);
  let slipDays = 0;
  let late = false;
  let incidentRoute = false;
  const slipping = route.code === plan.route.code && day >= plan.route.fromDay && day <= plan.route.toDay;
  if (slipping && chance(rng, 0.93)) {
    slipDays = int(rng, plan.route.extraMin, plan.route.extraMax);
    days = route.maxDays + slipDays;
    late = true;
    incidentRoute = true;
  } else if (chance(rng, BACKGROUND_LATE_SHARE)) {
    days = route.maxDays + int(rng, 1, 4);
    late = true;
  }
  let arrivalMs = Math.max(orderedMs + handlingMs + 12 * HOUR, orderedMs + days * DAY - int(rng, 0, 10) * HOUR);
  let shippedMs = orderedMs + handlingMs;
  // An order with a backordered line waits and ships complete.
  let restock: number | null = null;
  for (const l of lines) restock = Math.max(restock ?? -1, backorderUntil(plan, l.item.sku, day) ?? -1);
  if (restock !== null && restock >= 0) {
    // Backorders all leave on the restock day, so their deliveries (and complaints) come as a wave.
    const waitMs = dayStart(cal, restock) + handlingMs - shippedMs;
    shippedMs += waitMs;
    arrivalMs += waitMs;
  }

  const track =
    shippedMs < cal.endMs
      ? carrierTrack(carrierRng, {
          route,
          country: customer.market.country,
          shippedMs,
          arrivalMs,
          stallMs: slipDays * DAY,
          endMs: cal.endMs,
        })
      : undefined;
  const value = lines.reduce((sum, l) => sum + l.qty * l.item.price * customer.market.fx, 0);
  const input: OrderInput = {
    orderId: `WB-${100001 + index}`,
    customerId: customer.id,
    customerTier: customer.tier,
    orderedAt: isoTime(orderedMs),
    value: Math.round(value * 100) / 100,
    currency: customer.market.currency,
    country: customer.market.country,
    shippingMethod: route.shippingMethod,
    route: route.code,
    promisedMinDays: route.minDays,
    promisedMaxDays: route.maxDays,
    shippedAt: shippedMs < cal.endMs ? isoTime(shippedMs) : null,
    deliveredAt: arrivalMs < cal.endMs ? isoTime(arrivalMs) : null,
    batch: primary.batch.code,
    supplier: primary.item.supplier,
    warehouse: route.warehouse,
    carrier: track?.carrier ?? null,
    trackingNumber: track?.trackingNumber ?? null,
    carrierEvents: track?.carrierEvents ?? [],
    lines: lines.map((l) => ({
      sku: l.item.sku,
      variant: l.variant,
      qty: l.qty,
      price: Math.round(l.item.price * customer.market.fx * 100) / 100,
    })),
  };
  return { input, orderedMs, day, lines, customer, route, arrivalMs, late, incidentRoute };
}

/** The restock day an order waits for, when it falls in the stock-out before a planned batch. */
function backorderUntil(plan: IncidentPlan, sku: string, day: number): number | null {
  for (const wave of plan.restocks) {
    if (wave.sku === sku && day >= wave.day - wave.stockoutDays && day < wave.day) return wave.day;
  }
  return null;
}

/** Orders that contain a SKU, for incident and rate calculations. */
export function ordersWithSku(orders: DemoOrder[], sku: string): Array<{ order: DemoOrder; line: OrderLine }> {
  const out: Array<{ order: DemoOrder; line: OrderLine }> = [];
  for (const order of orders) {
    const line = order.lines.find((l) => l.item.sku === sku);
    if (line) out.push({ order, line });
  }
  return out;
}
