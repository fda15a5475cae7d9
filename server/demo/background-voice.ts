import type { Channel, IssueType } from '../../contracts/signal.js';
import { CATALOG, type CatalogItem } from './catalog.js';
import { type Tone, composeMixedReview } from './compose.js';
import { type Draft, complaintDraft, plainDraft, praiseDraft, questionDraft } from './emit.js';
import type { DemoOrder } from './orders.js';
import { type Rng, chance, draw, int, pick, poisson, weighted } from '../lib/random.js';
import type { Sink } from './background-complaints.js';
import { type Calendar, dayStart, laterMoment, momentInDay } from './time.js';

type Complaint = Exclude<IssueType, 'praise'>;

const REVIEW_SHARE = 0.09;
const SKU_TABLE = weighted(CATALOG.map((p) => [p, p.weight] as const));

/** What a low review complains about, per category: a jacket gets fit notes, a plug setup notes. */
function reviewComplaint(rng: Rng, item: CatalogItem): Complaint {
  const pairs: Array<[Complaint, number]> = [
    ['defect', 3],
    ['material_quality', 2],
    ['listing_mismatch', 1],
    ['fit_size', 1.5],
    ['damaged_in_transit', 1],
  ];
  for (const [t, m] of Object.entries(item.risk)) if (t !== 'safety' && t !== 'praise') pairs.push([t as Complaint, m]);
  return draw(rng, weighted(pairs));
}

/** Public reviews after delivery: mostly praise, a few mixed and a few unhappy. */
export function reviews(rng: Rng, orders: DemoOrder[], endMs: number, sink: Sink): void {
  for (const order of orders) {
    if (order.arrivalMs >= endMs || !chance(rng, REVIEW_SHARE)) continue;
    const line = pick(rng, order.lines);
    const at = laterMoment(rng, order.arrivalMs, int(rng, 3, 16));
    if (at >= endMs) continue;
    const x = rng();
    if (x < 0.83) sink.push(praiseDraft(rng, 'review', order, line, at));
    else if (x < 0.92) {
      const issue = reviewComplaint(rng, line.item);
      const d = plainDraft('review', at, composeMixedReview(rng, issue, factsLite(line.item, order)), 'en', [issue], order, line, null);
      d.signal.public = true;
      sink.push(d);
    } else {
      const tone: Tone = chance(rng, 0.7) ? 'neutral' : 'angry';
      sink.push(complaintDraft(rng, { channel: 'review', issue: reviewComplaint(rng, line.item), order, line, at, tone }));
    }
  }
}

function factsLite(item: CatalogItem, order: DemoOrder) {
  const variant = order.lines.find((l) => l.item.sku === item.sku)?.variant ?? item.variants[0] ?? '';
  const size = variant.split(' / ')[1] ?? '';
  return {
    product: item.nick[0]!,
    part: item.parts[0] ?? 'accessory',
    size,
    wrongSize: 'S',
    color: variant.split(' / ')[0] ?? '',
    promise: `${order.route.minDays}-${order.route.maxDays} days`,
    day: 10,
    material: (item.materialClaim ?? '').split(',')[0] ?? '',
    order: order.input.orderId,
    country: order.customer.market.country,
    botDays: 60,
    realDays: 30,
    age: 10,
  };
}

/** Unprompted praise on social and email, and post-delivery surveys. */
export function praiseAndSurveys(rng: Rng, orders: DemoOrder[], endMs: number, sink: Sink): void {
  for (const order of orders) {
    if (order.arrivalMs >= endMs) continue;
    const line = order.lines[0]!;
    const influencer = order.customer.tier === 'influencer';
    if (chance(rng, influencer ? 0.25 : 0.012)) {
      const channel: Channel = influencer ? 'social_comment' : draw(rng, PRAISE_CHANNELS);
      const at = laterMoment(rng, order.arrivalMs, int(rng, 1, 10));
      if (at < endMs) sink.push(praiseDraft(rng, channel, order, line, at));
    }
    if (chance(rng, 0.02)) {
      const at = laterMoment(rng, order.arrivalMs, int(rng, 2, 7));
      if (at < endMs) sink.push(praiseDraft(rng, 'survey', order, line, at));
    }
  }
}
const PRAISE_CHANNELS = weighted<Channel>([
  ['social_comment', 4],
  ['social_dm', 2],
  ['email', 2],
  ['chat', 1],
]);

const PRESALE_CHANNELS = weighted<Channel>([
  ['chat', 32],
  ['social_comment', 20],
  ['ai_chat', 18],
  ['social_dm', 14],
  ['email', 16],
]);
const TOPICS: Record<CatalogItem['category'], Array<[IssueType, number]>> = {
  apparel: [
    ['fit_size', 6],
    ['material_quality', 2],
    ['delivery_delay', 2],
    ['payment_checkout', 1],
    ['warranty_policy', 1],
  ],
  kitchen: [
    ['fit_size', 2],
    ['material_quality', 3],
    ['delivery_delay', 2],
    ['warranty_policy', 2],
    ['payment_checkout', 1],
  ],
  outdoor_travel: [
    ['fit_size', 4],
    ['material_quality', 2],
    ['delivery_delay', 2],
    ['warranty_policy', 1],
    ['payment_checkout', 1],
  ],
  electronics: [
    ['setup_usage', 4],
    ['fit_size', 3],
    ['delivery_delay', 2],
    ['warranty_policy', 2],
    ['payment_checkout', 1],
  ],
  home: [
    ['fit_size', 2],
    ['material_quality', 3],
    ['listing_mismatch', 1],
    ['delivery_delay', 2],
    ['payment_checkout', 1],
  ],
};
const TOPIC_TABLES = Object.fromEntries(Object.entries(TOPICS).map(([k, v]) => [k, weighted(v)])) as Record<
  string,
  ReturnType<typeof weighted<IssueType>>
>;

/** Visitors' questions before buying, in proportion to the day's orders. */
export function presaleQuestions(rng: Rng, cal: Calendar, ordersPerDay: number[], sink: Sink, adjust?: PresaleAdjust): void {
  let visitor = 0;
  for (let day = 0; day < cal.days; day++) {
    const n = poisson(rng, ordersPerDay[day]! * 0.1);
    for (let i = 0; i < n; i++) {
      const item = draw(rng, SKU_TABLE);
      const topic = draw(rng, TOPIC_TABLES[item.category]!);
      sink.push(presaleDraft(rng, item, topic, momentInDay(rng, dayStart(cal, day)), visitor++));
    }
    adjust?.(day, (item, topic, incidentId) =>
      sink.push(presaleDraft(rng, item, topic, momentInDay(rng, dayStart(cal, day)), visitor++, incidentId)),
    );
  }
}

/** Lets an incident add its own extra pre-sale questions on a day, from the same visitor stream. */
export type PresaleAdjust = (day: number, add: (item: CatalogItem, topic: IssueType, incidentId: string | null) => void) => void;

function presaleDraft(rng: Rng, item: CatalogItem, topic: IssueType, at: number, n: number, incidentId: string | null = null): Draft {
  const channel = draw(rng, PRESALE_CHANNELS);
  const lang = chance(rng, 0.06) ? 'pt' : 'en';
  const visitor = channel === 'email' || chance(rng, 0.5) ? `visitor-${((n * 2654435761) >>> 0).toString(36)}` : null;
  return questionDraft(rng, channel, topic, item, at, lang, visitor, incidentId);
}
