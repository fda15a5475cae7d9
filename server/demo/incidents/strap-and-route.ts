import type { Channel } from '../../../contracts/signal.js';
import { complaintDraft } from '../emit.js';
import type { Batch } from '../logistics.js';
import { type DemoOrder, ordersWithSku } from '../orders.js';
import { ROUTE_CORE, STRAP_CORE } from '../phrases/en-incidents.js';
import type { IncidentPlan } from '../plan.js';
import { type Rng, Quota, chance, int } from '../../lib/random.js';
import { type Calendar, DAY, dayStart, isoDate, laterMoment } from '../time.js';
import { type IncidentSink, type IncidentSpec, channels, pickChannel } from './shared.js';

export const STRAP_ID = 'INC-STRAP';
export const ROUTE_ID = 'INC-ROUTE';

const STRAP_CHANNELS = channels([
  ['email', 30],
  ['chat', 22],
  ['refund_reason', 13],
  ['return_reason', 8],
  ['review', 10],
  ['social_dm', 6],
  ['social_comment', 4],
  ['ai_chat', 3],
  ['dispute', 2],
  ['chargeback', 2],
]);
// The first few complaints are pinned to these channels so the cross-channel story is always there.
const STRAP_PINNED: Record<number, Channel> = { 1: 'review', 2: 'refund_reason', 4: 'chargeback', 6: 'dispute', 8: 'chat' };

/**
 * One duffel batch left the factory without its shoulder strap. Most buyers notice on unboxing,
 * so complaints start the day the first parcels land and stop once the next batch has replaced it.
 */
export function strapIncident(
  rng: Rng,
  cal: Calendar,
  plan: IncidentPlan,
  orders: DemoOrder[],
  batches: Map<string, Batch[]>,
  sink: IncidentSink,
): IncidentSpec {
  const p = plan.strap;
  const batch = batches.get(p.sku)!.find((b) => b.fromDay === p.arrivalDay)!;
  const quota = new Quota(rng);
  let n = 0;
  for (const { order, line } of ordersWithSku(orders, p.sku)) {
    if (line.batch !== batch || order.arrivalMs >= cal.endMs || !quota.hit(p.rate)) continue;
    const at = laterMoment(rng, order.arrivalMs, chance(rng, 0.7) ? 0 : int(rng, 1, 2));
    if (at >= cal.endMs) continue;
    const channel = STRAP_PINNED[n] ?? pickChannel(rng, STRAP_CHANNELS);
    const tone = channel === 'chargeback' || channel === 'dispute' ? 'angry' : undefined;
    sink.push(complaintDraft(rng, { channel, issue: 'missing_item', order, line, at, tone, incidentId: STRAP_ID, core: STRAP_CORE }));
    n++;
    // Unhappy buyers often leave a review or file the refund too, a few days on.
    if (chance(rng, 0.3)) {
      const later = laterMoment(rng, at, int(rng, 2, 5));
      const second: Channel = chance(rng, 0.5) ? 'review' : 'refund_reason';
      if (later < cal.endMs && second !== channel) {
        sink.push(
          complaintDraft(rng, { channel: second, issue: 'missing_item', order, line, at: later, incidentId: STRAP_ID, core: STRAP_CORE }),
        );
      }
    }
  }
  return {
    id: STRAP_ID,
    kind: 'batch_missing_part',
    issueType: 'missing_item',
    issueTypes: ['missing_item'],
    sku: p.sku,
    batch: batch.code,
    ends: true,
    trigger: {
      date: isoDate(dayStart(cal, p.arrivalDay)),
      what: `batch ${batch.code} arrived at the warehouse without shoulder straps packed`,
    },
    description: `Batch ${batch.code} of the 40 L duffel was packed without its shoulder strap. Buyers say so in tickets, reviews, refund and return reasons, and a few take it to their bank. It ends when the next batch replaces it on ${isoDate(dayStart(cal, p.correctedDay))}.`,
  };
}

const ROUTE_CHANNELS = channels([
  ['email', 30],
  ['chat', 20],
  ['ai_chat', 16],
  ['social_dm', 10],
  ['social_comment', 8],
  ['dispute', 4],
  ['chargeback', 2],
]);

/**
 * The air lane from Shenzhen to the US slows down for a few weeks: parcels arrive days after
 * the promised maximum, and buyers chase them once the promise has passed.
 */
export function routeIncident(rng: Rng, cal: Calendar, plan: IncidentPlan, orders: DemoOrder[], sink: IncidentSink): IncidentSpec {
  const p = plan.route;
  const quota = new Quota(rng);
  let n = 0;
  for (const order of orders) {
    // Nine in ten chase: enough in the first days for the spike test to see the lane within two days.
    if (!order.incidentRoute || !quota.hit(0.9)) continue;
    // People chase as soon as the promised last day has passed ("it said 7-12 days, it is day 13").
    const promisedBy = order.orderedMs + order.route.maxDays * DAY;
    const at = laterMoment(rng, promisedBy, chance(rng, 0.65) ? 0 : 1);
    if (at >= cal.endMs || at >= order.arrivalMs) continue;
    const line = order.lines[0]!;
    const channel: Channel = n === 3 ? 'dispute' : pickChannel(rng, ROUTE_CHANNELS);
    sink.push(complaintDraft(rng, { channel, issue: 'delivery_delay', order, line, at, incidentId: ROUTE_ID, core: ROUTE_CORE }));
    n++;
    // Chasing again while it is still missing, or a sour review once it finally lands.
    if (chance(rng, 0.3)) {
      const again = laterMoment(rng, at, int(rng, 2, 4));
      const arrived = again >= order.arrivalMs;
      if (again < cal.endMs) {
        sink.push(
          complaintDraft(rng, {
            channel: arrived ? 'review' : pickChannel(rng, ROUTE_CHANNELS),
            issue: 'delivery_delay',
            order,
            line,
            at: arrived ? laterMoment(rng, order.arrivalMs, int(rng, 0, 2)) : again,
            incidentId: ROUTE_ID,
            core: ROUTE_CORE,
          }),
        );
      }
    }
  }
  return {
    id: ROUTE_ID,
    kind: 'route_delay',
    issueType: 'delivery_delay',
    issueTypes: ['delivery_delay'],
    sku: null,
    route: p.code,
    ends: true,
    trigger: {
      date: isoDate(dayStart(cal, p.fromDay)),
      what: `carrier capacity cut on ${p.code}; transit times grow by ${p.extraMin}-${p.extraMax} days`,
    },
    description: `Orders on the ${p.code} lane placed from ${isoDate(dayStart(cal, p.fromDay))} to ${isoDate(dayStart(cal, p.toDay))} arrive ${p.extraMin} to ${p.extraMax} days after the promised maximum of 12 days. Buyers chase them by email, chat, the bot and social, and a few open disputes.`,
  };
}
