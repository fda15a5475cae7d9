import type { Channel } from '../../contracts/signal.js';
import { BASE_RATE, channelFor } from './background-complaints.js';
import { CATALOG } from './catalog.js';
import { type Draft, complaintDraft, praiseDraft, questionDraft } from './emit.js';
import type { DemoOrder } from './orders.js';
import { type Rng, chance, draw, pick, weighted } from '../lib/random.js';
import { type Calendar, DAY } from './time.js';

const TYPE_TABLE = weighted(Object.entries(BASE_RATE).map(([t, r]) => [t as keyof typeof BASE_RATE, r] as const));
const SKU_TABLE = weighted(CATALOG.map((p) => [p, p.weight] as const));
const PRAISE_CHANNELS = weighted<Channel>([
  ['review', 6],
  ['social_comment', 2],
  ['survey', 1],
  ['email', 1],
]);
const QUESTION_CHANNELS = weighted<Channel>([
  ['chat', 3],
  ['social_comment', 2],
  ['ai_chat', 2],
  ['email', 1],
  ['social_dm', 1],
]);
const QUESTION_TOPICS = ['fit_size', 'material_quality', 'delivery_delay', 'payment_checkout', 'warranty_policy'] as const;

/**
 * Background signals for scale tests: more of the same steady voice, spread evenly over the
 * period and the existing orders. One pass, no lookups that grow with n, so 200k take seconds.
 */
export function extraSignals(rng: Rng, cal: Calendar, orders: DemoOrder[], n: number): Draft[] {
  const out: Draft[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = rng();
    if (x < 0.15 || orders.length === 0) {
      const item = draw(rng, SKU_TABLE);
      const at = cal.startMs + Math.floor(rng() * (cal.endMs - cal.startMs));
      const topic = item.category === 'electronics' && chance(rng, 0.4) ? 'setup_usage' : pick(rng, QUESTION_TOPICS);
      out[i] = questionDraft(rng, draw(rng, QUESTION_CHANNELS), topic, item, at, 'en', null);
      continue;
    }
    const order = pick(rng, orders);
    const line = pick(rng, order.lines);
    const delivered = order.arrivalMs < cal.endMs;
    const afterArrival = delivered ? order.arrivalMs + Math.floor(rng() * 10 * DAY) : cal.endMs;
    if (!delivered || afterArrival >= cal.endMs) {
      // Not here yet: the only thing to say is "where is it?".
      const at = order.orderedMs + Math.floor(rng() * (cal.endMs - order.orderedMs));
      out[i] = complaintDraft(rng, {
        channel: chance(rng, 0.5) ? 'ai_chat' : 'chat',
        issue: 'delivery_delay',
        order,
        line: order.lines[0]!,
        at,
        tone: 'polite',
      });
    } else if (x < 0.5) {
      out[i] = praiseDraft(rng, draw(rng, PRAISE_CHANNELS), order, line, afterArrival);
    } else {
      const issue = draw(rng, TYPE_TABLE);
      out[i] = complaintDraft(rng, { channel: channelFor(rng, issue), issue, order, line, at: afterArrival });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
