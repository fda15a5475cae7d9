import type { Channel, IssueType } from '../../contracts/signal.js';
import { composeSurvey } from './compose.js';
import { type Draft, complaintDraft, plainDraft } from './emit.js';
import { WISMO_CORE } from './phrases/en-other.js';
import type { DemoOrder, OrderLine } from './orders.js';
import { type Rng, type Weighted, chance, draw, int, weighted } from '../lib/random.js';
import { DAY, laterMoment } from './time.js';

type Complaint = Exclude<IssueType, 'praise'>;

/**
 * Steady complaint noise: per order line, the chance of one complaint of each type. Together
 * about 2-3 % of orders complain, before reviews, questions and incidents. Delay complaints come
 * from late parcels instead (see lateComplaints).
 */
export const BASE_RATE: Record<Exclude<Complaint, 'delivery_delay' | 'support_experience'>, number> = {
  fit_size: 0.003,
  listing_mismatch: 0.001,
  material_quality: 0.0015,
  defect: 0.003,
  damaged_in_transit: 0.002,
  missing_item: 0.0007,
  wrong_item: 0.0012,
  setup_usage: 0.0012,
  returns_refunds: 0.0035,
  payment_checkout: 0.0012,
  warranty_policy: 0.0005,
  safety: 0.00015,
  ai_wrong_answer: 0.0002,
};
const TYPES = Object.keys(BASE_RATE) as Array<keyof typeof BASE_RATE>;

const CHANNEL_WEIGHTS: Array<[Channel, number]> = [
  ['email', 30],
  ['chat', 22],
  ['social_dm', 7],
  ['social_comment', 4],
  ['ai_chat', 9],
  ['refund_reason', 10],
  ['return_reason', 10],
  ['review', 5],
  ['dispute', 1.6],
  ['chargeback', 1.2],
];
// Refund and return forms only offer product reasons; payment trouble goes to the bank instead.
const NO_FORMS = new Set<IssueType>([
  'payment_checkout',
  'setup_usage',
  'warranty_policy',
  'ai_wrong_answer',
  'delivery_delay',
  'support_experience',
]);
const channelTables = new Map<IssueType, Weighted<Channel>>();

export function channelFor(rng: Rng, issue: IssueType): Channel {
  let table = channelTables.get(issue);
  if (!table) {
    table = weighted(CHANNEL_WEIGHTS.filter(([c]) => !(NO_FORMS.has(issue) && (c === 'refund_reason' || c === 'return_reason'))));
    channelTables.set(issue, table);
  }
  return draw(rng, table);
}

/** Days after arrival (or after ordering, for checkout trouble) that each kind of complaint lands. */
function delayDays(rng: Rng, issue: Complaint): { fromOrder: boolean; days: number } {
  switch (issue) {
    case 'payment_checkout':
      return { fromOrder: true, days: rng() * 2 };
    case 'ai_wrong_answer':
      return { fromOrder: true, days: int(rng, 0, 10) };
    case 'defect':
    case 'safety':
      return { fromOrder: false, days: int(rng, 2, 25) };
    case 'returns_refunds':
    case 'warranty_policy':
      return { fromOrder: false, days: int(rng, 3, 20) };
    default:
      return { fromOrder: false, days: Math.floor(-Math.log(1 - rng() * 0.95) * 1.6) };
  }
}

export interface Sink {
  push(d: Draft): void;
}

export function backgroundComplaints(rng: Rng, orders: DemoOrder[], endMs: number, sink: Sink): void {
  const probs = new Float64Array(TYPES.length);
  for (const order of orders) {
    for (const line of order.lines) {
      let total = 0;
      TYPES.forEach((t, i) => {
        probs[i] = BASE_RATE[t] * (line.item.risk[t] ?? 1);
        total += probs[i];
      });
      let x = rng();
      if (x >= total) continue;
      let k = 0;
      while (k < TYPES.length - 1 && x >= probs[k]!) {
        x -= probs[k]!;
        k++;
      }
      const issue = TYPES[k]!;
      const { fromOrder, days } = delayDays(rng, issue);
      if (!fromOrder && order.arrivalMs >= endMs) continue;
      const at = laterMoment(rng, fromOrder ? order.orderedMs : order.arrivalMs, days);
      if (at >= endMs) continue;
      emitComplaint(rng, issue, order, line, at, endMs, sink);
    }
    lateComplaints(rng, order, endMs, sink);
  }
}

/** One complaint plus the occasional follow-up, support grumble and survey, on later days. */
export function emitComplaint(
  rng: Rng,
  issue: Complaint,
  order: DemoOrder,
  line: OrderLine,
  at: number,
  endMs: number,
  sink: Sink,
  incidentId: string | null = null,
  core?: string[],
  channel?: Channel,
): Draft {
  const first = complaintDraft(rng, { channel: channel ?? channelFor(rng, issue), issue, order, line, at, incidentId, core });
  sink.push(first);
  // A second message on the same problem comes days later, never as a same-day pile-up: several
  // same-day copies of one complaint would look like a spike on a quiet SKU.
  if (chance(rng, 0.12)) {
    const later = laterMoment(rng, at, int(rng, 2, 6));
    if (later < endMs) {
      sink.push(complaintDraft(rng, { channel: channelFor(rng, issue), issue, order, line, at: later, incidentId, core }));
      if (chance(rng, 0.35)) {
        const grumble = laterMoment(rng, later, int(rng, 1, 4));
        if (grumble < endMs)
          sink.push(
            complaintDraft(rng, {
              channel: 'email',
              issue: 'support_experience',
              also: [issue],
              order,
              line,
              at: grumble,
              incidentId: null,
            }),
          );
      }
    }
  }
  if (first.signal.channel !== 'chargeback' && first.signal.channel !== 'dispute' && chance(rng, 0.15)) {
    const when = laterMoment(rng, at, int(rng, 1, 5));
    const good = chance(rng, 0.6);
    if (when < endMs) {
      sink.push(plainDraft('survey', when, composeSurvey(rng, good), 'en', good ? ['praise'] : ['support_experience'], order, line, null));
    }
  }
  return first;
}

/** Parcels past their promise: some customers chase them before they turn up. */
function lateComplaints(rng: Rng, order: DemoOrder, endMs: number, sink: Sink): void {
  const promisedBy = order.orderedMs + order.route.maxDays * DAY;
  if (!order.late || promisedBy >= endMs || order.incidentRoute) return;
  if (!chance(rng, 0.28)) return;
  const overdueDays = Math.max(1, Math.floor((order.arrivalMs - promisedBy) / DAY));
  const at = laterMoment(rng, promisedBy, int(rng, 0, overdueDays));
  if (at >= endMs) return;
  emitComplaint(rng, 'delivery_delay', order, order.lines[0]!, at, endMs, sink);
}

/** "Where is my order?" inside the promise: steady, mostly through the bot. */
export function wismoQuestions(rng: Rng, orders: DemoOrder[], endMs: number, sink: Sink): void {
  for (const order of orders) {
    if (!chance(rng, 0.012)) continue;
    const at = laterMoment(rng, order.orderedMs, int(rng, 1, order.route.minDays + 1));
    if (at >= endMs || at >= order.arrivalMs) continue;
    const channel: Channel = chance(rng, 0.6) ? 'ai_chat' : chance(rng, 0.5) ? 'chat' : 'email';
    sink.push(
      complaintDraft(rng, { channel, issue: 'delivery_delay', order, line: order.lines[0]!, at, tone: 'polite', core: WISMO_CORE }),
    );
  }
}
