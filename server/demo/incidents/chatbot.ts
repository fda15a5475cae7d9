import type { Channel } from '../../../contracts/signal.js';
import { fill } from '../compose.js';
import { complaintDraft, factsFor, plainDraft } from '../emit.js';
import type { DemoOrder } from '../orders.js';
import { BOT_FALLOUT_CORE, BOT_WRONG_ANSWER, BOT_WRONG_CUSTOMER_END, BOT_WRONG_QUESTION } from '../phrases/en-incidents.js';
import type { IncidentPlan } from '../plan.js';
import { type Rng, chance, int, pick } from '../../lib/random.js';
import { type Calendar, DAY, dayStart, isoDate, laterMoment, momentInDay } from '../time.js';
import { type IncidentSink, type IncidentSpec, channels, pickChannel } from './shared.js';

export const BOT_ID = 'INC-BOT';

const FALLOUT_CHANNELS = channels([
  ['email', 40],
  ['chat', 30],
  ['social_dm', 12],
  ['social_comment', 10],
  ['return_reason', 8],
]);

/** First index with orderedMs >= ms (orders are in time order). */
function firstAt(orders: DemoOrder[], ms: number): number {
  let lo = 0;
  let hi = orders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orders[mid]!.orderedMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For one week the bot answers return questions from a stale knowledge entry (60 days instead
 * of 30). The people asking bought 31-59 days earlier, so the portal then refuses their return
 * and they come back to a human, angry, often with a screenshot.
 */
export function chatbotIncident(rng: Rng, cal: Calendar, plan: IncidentPlan, orders: DemoOrder[], sink: IncidentSink): IncidentSpec {
  const p = plan.bot;
  for (let day = p.fromDay; day <= p.toDay; day++) {
    const count = p.perDay + int(rng, -2, 2);
    for (let i = 0; i < count; i++) {
      const at = momentInDay(rng, dayStart(cal, day));
      const lo = firstAt(orders, at - (p.wrongDays - 1) * DAY);
      const hi = firstAt(orders, at - (p.realDays + 1) * DAY);
      if (hi <= lo) continue;
      const order = orders[int(rng, lo, hi - 1)]!;
      if (order.arrivalMs >= at) continue;
      const line = order.lines[0]!;
      const facts = factsFor(rng, line.item, at, order, line);
      const lang = 'en';
      const end = pick(rng, BOT_WRONG_CUSTOMER_END);
      const text = [
        `Customer: ${fill(rng, pick(rng, BOT_WRONG_QUESTION), facts)}`,
        `Assistant: ${fill(rng, pick(rng, BOT_WRONG_ANSWER), facts)}`,
        `Customer: ${fill(rng, end, facts)}`,
      ].join('\n');
      sink.push(
        plainDraft(
          'ai_chat',
          at,
          { text, title: null, rating: null },
          lang,
          ['returns_refunds', 'ai_wrong_answer', 'warranty_policy'],
          order,
          line,
          null,
          BOT_ID,
        ),
      );
      if (!chance(rng, 0.42)) continue;
      const later = laterMoment(rng, at, chance(rng, 0.5) ? 0 : int(rng, 1, 3));
      if (later >= cal.endMs) continue;
      const channel: Channel = pickChannel(rng, FALLOUT_CHANNELS);
      sink.push(
        complaintDraft(rng, {
          channel,
          issue: channel === 'return_reason' ? 'warranty_policy' : 'ai_wrong_answer',
          also: channel === 'return_reason' ? ['ai_wrong_answer'] : ['warranty_policy'],
          order,
          line,
          at: later,
          tone: chance(rng, 0.5) ? 'angry' : undefined,
          incidentId: BOT_ID,
          core: BOT_FALLOUT_CORE,
        }),
      );
    }
  }
  return {
    id: BOT_ID,
    kind: 'chatbot_wrong_policy',
    issueType: 'ai_wrong_answer',
    issueTypes: ['ai_wrong_answer', 'warranty_policy', 'returns_refunds'],
    sku: null,
    ends: true,
    trigger: {
      date: isoDate(dayStart(cal, p.fromDay)),
      what: `chatbot knowledge entry "Returns" restored from an old promotion: ${p.wrongDays} days instead of ${p.realDays}`,
    },
    description: `From ${isoDate(dayStart(cal, p.fromDay))} to ${isoDate(dayStart(cal, p.toDay))} the shop's chat assistant tells buyers they can return within ${p.wrongDays} days; the policy is ${p.realDays}. Buyers past ${p.realDays} days are then refused and complain that the bot promised otherwise. After that week return questions go to people, but the knowledge entry itself is still wrong.`,
  };
}
