import type { Channel } from '../../../contracts/signal.js';
import { catalogItem } from '../catalog.js';
import { complaintDraft } from '../emit.js';
import { type DemoOrder, type OrderLine, ordersWithSku } from '../orders.js';
import { HERO_CORE, HERO_SOCIAL_CORE, JACKET_FIT_CORE, PLUG_SETUP_CORE, PLUG_UPDATE_CORE } from '../phrases/en-incidents.js';
import { type IncidentPlan, REVIEW_WINDOW_DAYS } from '../plan.js';
import { type Rng, Quota, chance, int, poisson } from '../../lib/random.js';
import { type Calendar, dayStart, isoDate, isoTime, laterMoment, momentInDay } from '../time.js';
import type { DemoFix } from '../types.js';
import { type ComplaintType, type IncidentSink, type IncidentSpec, channels, pickChannel } from './shared.js';
import type { PresaleAdjust } from '../background-voice.js';

export const HERO_ID = 'INC-HERO';
export const FIT_ID = 'INC-FIT';
export const PLUG_ID = 'INC-PLUG';

const HERO_CHANNELS = channels([
  ['review', 22],
  ['return_reason', 18],
  ['refund_reason', 8],
  ['email', 22],
  ['chat', 14],
  ['social_comment', 10],
  ['social_dm', 6],
]);
const FIT_CHANNELS = channels([
  ['return_reason', 25],
  ['email', 25],
  ['chat', 18],
  ['review', 10],
  ['social_dm', 6],
  ['ai_chat', 8],
  ['refund_reason', 8],
]);
const PLUG_CHANNELS = channels([
  ['email', 22],
  ['chat', 22],
  ['ai_chat', 20],
  ['review', 10],
  ['return_reason', 12],
  ['refund_reason', 6],
  ['social_dm', 8],
]);

/**
 * Complaints per order of one SKU, at a rate that depends on the order day. Quota sampling keeps
 * the realised rate on plan, so "the fix halved it" holds for every seed, not just on average.
 */
function perOrderComplaints(
  rng: Rng,
  cal: Calendar,
  orders: DemoOrder[],
  sku: string,
  sink: IncidentSink,
  o: {
    id: string;
    rate: (order: DemoOrder, line: OrderLine) => number;
    issue: (rng: Rng) => [ComplaintType, ComplaintType[]];
    table: ReturnType<typeof channels>;
    core: string[];
    maxDelay: number;
  },
): void {
  const quota = new Quota(rng);
  for (const { order, line } of ordersWithSku(orders, sku)) {
    const rate = o.rate(order, line);
    if (rate <= 0 || order.arrivalMs >= cal.endMs || !quota.hit(rate)) continue;
    const at = laterMoment(rng, order.arrivalMs, int(rng, 0, o.maxDelay));
    if (at >= cal.endMs) continue;
    const [issue, also] = o.issue(rng);
    const channel: Channel = pickChannel(rng, o.table);
    sink.push(complaintDraft(rng, { channel, issue, also, order, line, at, incidentId: o.id, core: o.core }));
  }
}

/** A new hero photo makes the knit throw look far chunkier than it is. */
export function heroIncident(rng: Rng, cal: Calendar, plan: IncidentPlan, orders: DemoOrder[], sink: IncidentSink): IncidentSpec {
  const p = plan.hero;
  const changeMs = dayStart(cal, p.day);
  // Earlier buyers see the new photo in the shop's posts at once and say theirs looks nothing like it.
  const earlier = ordersWithSku(orders, p.sku).filter(({ order }) => order.arrivalMs < changeMs);
  for (let k = 0; k < 6 && earlier.length; k++) {
    const n = poisson(rng, [5, 4, 3, 2, 1.5, 1][k] ?? 1);
    for (let i = 0; i < n; i++) {
      const { order, line } = earlier[int(rng, Math.floor(earlier.length / 2), earlier.length - 1)]!;
      const at = momentInDay(rng, dayStart(cal, p.day + k));
      if (at < changeMs || at >= cal.endMs) continue;
      const channel: Channel = chance(rng, 0.7) ? 'social_comment' : 'social_dm';
      sink.push(
        complaintDraft(rng, {
          channel,
          issue: 'listing_mismatch',
          also: ['material_quality'],
          order,
          line,
          at,
          incidentId: HERO_ID,
          core: HERO_SOCIAL_CORE,
        }),
      );
    }
  }
  perOrderComplaints(rng, cal, orders, p.sku, sink, {
    id: HERO_ID,
    rate: (order) => (order.day >= p.day ? p.rate : 0),
    table: HERO_CHANNELS,
    core: HERO_CORE,
    maxDelay: 3,
    issue: (r) => (chance(r, 0.55) ? ['listing_mismatch', ['material_quality']] : ['material_quality', ['listing_mismatch']]),
  });
  const date = isoDate(changeMs);
  return {
    id: HERO_ID,
    kind: 'listing_image_change',
    issueType: 'listing_mismatch',
    issueTypes: ['listing_mismatch', 'material_quality'],
    sku: p.sku,
    ends: false,
    trigger: { date, what: 'new hero image on the product page and in social posts: a close-up of a much chunkier knit than the product' },
    description: `On ${date} the Chunky Knit Throw got a new main photo, also used in the shop's social posts. Earlier buyers reply at once that theirs looks nothing like it; buyers who order after it say the throw is thinner, flatter and less soft than pictured, in reviews, return reasons and tickets. It is still going on at the end of the data.`,
  };
}

/** The rain jacket's new cut runs small; a size-chart fix on the page brings complaints down. */
export function fitIncident(rng: Rng, cal: Calendar, plan: IncidentPlan, orders: DemoOrder[], sink: IncidentSink): IncidentSpec {
  const p = plan.fitFix;
  perOrderComplaints(rng, cal, orders, p.sku, sink, {
    id: FIT_ID,
    // The cut comes with the batch (backorders included); the page fix helps whoever orders after it.
    rate: (order, line) => (line.batch.fromDay < p.batchDay ? 0 : order.day < p.fixDay ? p.rateBefore : p.rateAfter),
    table: FIT_CHANNELS,
    core: JACKET_FIT_CORE,
    maxDelay: 2,
    issue: () => ['fit_size', []],
  });
  return {
    id: FIT_ID,
    kind: 'fit_fix_works',
    issueType: 'fit_size',
    issueTypes: ['fit_size'],
    sku: p.sku,
    ends: false,
    trigger: {
      date: isoDate(dayStart(cal, p.batchDay)),
      what: 'supplier switched the jacket to a slimmer pattern without changing the size labels',
    },
    description: `From ${isoDate(dayStart(cal, p.batchDay))} the rain jacket runs about one size small; fit complaints and "does it run small?" questions climb. On ${isoDate(dayStart(cal, p.fixDay))} the size chart on the page is corrected and a "take one size up" note added; fit complaints per order fall to about a quarter of the rate before.`,
  };
}

/** Extra pre-sale fit questions while the jacket runs small and the page does not say so. */
export function fitPresale(plan: IncidentPlan, rng: Rng): PresaleAdjust {
  const p = plan.fitFix;
  const jacket = catalogItem(p.sku);
  return (day, add) => {
    if (day < p.batchDay + 4) return;
    const n = poisson(rng, day < p.fixDay ? 2.6 : 0.5);
    for (let i = 0; i < n; i++) add(jacket, 'fit_size', FIT_ID);
  };
}

/**
 * A firmware update pushed to every smart plug needs the newest app to pair. Owners' plugs drop
 * offline the same day, new buyers cannot set theirs up, and an FAQ on 2.4 GHz networks (the
 * usual cause, not this one) changes nothing.
 */
export function plugIncident(rng: Rng, cal: Calendar, plan: IncidentPlan, orders: DemoOrder[], sink: IncidentSink): IncidentSpec {
  const p = plan.plugFix;
  const updateMs = dayStart(cal, p.updateDay);
  for (const { order, line } of ordersWithSku(orders, p.sku)) {
    if (order.arrivalMs >= updateMs || !chance(rng, p.installedBaseShare)) continue;
    const at = laterMoment(rng, updateMs, chance(rng, 0.7) ? 0 : int(rng, 1, 2));
    if (at >= cal.endMs) continue;
    sink.push(
      complaintDraft(rng, {
        channel: pickChannel(rng, PLUG_CHANNELS),
        issue: 'setup_usage',
        also: ['defect'],
        order,
        line,
        at,
        incidentId: PLUG_ID,
        core: PLUG_UPDATE_CORE,
      }),
    );
  }
  perOrderComplaints(rng, cal, orders, p.sku, sink, {
    id: PLUG_ID,
    rate: (order) => (order.arrivalMs < updateMs ? 0 : p.rate),
    table: PLUG_CHANNELS,
    core: PLUG_SETUP_CORE,
    maxDelay: 2,
    issue: () => ['setup_usage', []],
  });
  return {
    id: PLUG_ID,
    kind: 'setup_fix_fails',
    issueType: 'setup_usage',
    issueTypes: ['setup_usage', 'defect'],
    sku: p.sku,
    ends: false,
    trigger: { date: isoDate(updateMs), what: 'firmware update pushed to all smart plugs; pairing now needs the latest app version' },
    description: `On ${isoDate(updateMs)} a firmware update knocks owners' smart plugs offline, and from then on new buyers struggle to pair them. On ${isoDate(dayStart(cal, p.fixDay))} an FAQ entry on 2.4 GHz networks goes live; it misses the real cause (the app version), so setup complaints per order stay where they were.`,
  };
}

export function demoFixes(cal: Calendar, plan: IncidentPlan): DemoFix[] {
  // Live from midnight UTC, the same boundary the generator uses to switch the complaint rate.
  const at = (day: number) => isoTime(dayStart(cal, day));
  return [
    {
      incidentId: FIT_ID,
      sku: plan.fitFix.sku,
      issueType: 'fit_size',
      location: 'product_page',
      change:
        'Size chart updated with the new cut\'s chest and sleeve measurements, plus a "runs small: take one size up" note above the size picker',
      ownerTeam: 'marketplace operations',
      doneAt: at(plan.fitFix.fixDay),
      reviewWindowDays: REVIEW_WINDOW_DAYS,
      expected: 'shrinking',
    },
    {
      incidentId: PLUG_ID,
      sku: plan.plugFix.sku,
      issueType: 'setup_usage',
      location: 'faq',
      change: 'New FAQ entry: "My smart plug will not pair" explaining how to switch the phone to a 2.4 GHz network',
      ownerTeam: 'customer operations',
      doneAt: at(plan.plugFix.fixDay),
      reviewWindowDays: REVIEW_WINDOW_DAYS,
      expected: 'no_change',
    },
  ];
}
