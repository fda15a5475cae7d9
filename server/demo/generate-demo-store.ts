import type { Channel, ProductInput, SignalInput } from '../../contracts/signal.js';
import { backgroundComplaints, wismoQuestions } from './background-complaints.js';
import { praiseAndSurveys, presaleQuestions, reviews } from './background-voice.js';
import { CATALOG, pageUrl } from './catalog.js';
import type { Draft } from './emit.js';
import { extraSignals } from './extra-signals.js';
import { chatbotIncident } from './incidents/chatbot.js';
import { demoFixes, fitIncident, fitPresale, heroIncident, plugIncident } from './incidents/page-and-fixes.js';
import type { IncidentSpec } from './incidents/shared.js';
import { routeIncident, strapIncident } from './incidents/strap-and-route.js';
import { buildKnowledge } from './knowledge.js';
import { buildBatches, homePromise } from './logistics.js';
import { generateOrders } from './orders.js';
import { RETURN_WINDOW_DAYS, forcedArrivals, planIncidents } from './plan.js';
import { streamFor } from '../lib/random.js';
import { type Calendar, isoDate, isoTime, makeCalendar } from './time.js';
import type { DemoStore, GenerateDemoStoreOptions, Incident, SignalLabel } from './types.js';

const ID_PREFIX: Record<Channel, string> = {
  email: 'em',
  chat: 'ch',
  social_dm: 'dm',
  social_comment: 'sc',
  review: 'rv',
  refund_reason: 'rf',
  return_reason: 'rt',
  dispute: 'dp',
  chargeback: 'cb',
  ai_chat: 'ai',
  survey: 'sv',
  portal: 'pt',
};

/**
 * Builds the demo store: products, 120 days of orders, the customer voice around them and the
 * incidents later features must find. Pure and deterministic: the same options give a deep-equal
 * store, and every part draws from its own seeded stream.
 */
export function generateDemoStore(options: GenerateDemoStoreOptions = {}): DemoStore {
  const { seed = 1, endDate = '2026-11-16', days = 120, extraSignals: extra = 0 } = options;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(extra) || extra < 0) throw new Error(`extraSignals must be a non-negative integer, got ${extra}`);
  const cal = makeCalendar(endDate, days);
  const plan = planIncidents(days);
  const rng = (label: string) => streamFor(seed, label);

  const batches = buildBatches(rng('batches'), cal, CATALOG, forcedArrivals(plan));
  const orders = generateOrders(rng('orders'), seed, cal, batches, plan);
  const ordersPerDay = new Array<number>(cal.days).fill(0);
  for (const o of orders) ordersPerDay[o.day]!++;

  const drafts: Draft[] = [];
  backgroundComplaints(rng('complaints'), orders, cal.endMs, drafts);
  wismoQuestions(rng('wismo'), orders, cal.endMs, drafts);
  reviews(rng('reviews'), orders, cal.endMs, drafts);
  praiseAndSurveys(rng('praise'), orders, cal.endMs, drafts);
  presaleQuestions(rng('presale'), cal, ordersPerDay, drafts, fitPresale(plan, rng('presale-fit')));
  const specs: IncidentSpec[] = [
    strapIncident(rng('inc-strap'), cal, plan, orders, batches, drafts),
    routeIncident(rng('inc-route'), cal, plan, orders, drafts),
    chatbotIncident(rng('inc-bot'), cal, plan, orders, drafts),
    heroIncident(rng('inc-hero'), cal, plan, orders, drafts),
    fitIncident(rng('inc-fit'), cal, plan, orders, drafts),
    plugIncident(rng('inc-plug'), cal, plan, orders, drafts),
  ];
  // Stable sort: ties keep generation order, so the result does not depend on engine quirks.
  drafts.sort((a, b) => a.at - b.at);
  const all = extra > 0 ? drafts.concat(extraSignals(rng('extra'), cal, orders, extra)) : drafts;

  const signals: SignalInput[] = new Array(all.length);
  const labels: SignalLabel[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const d = all[i]!;
    const externalId = `demo${seed}-${ID_PREFIX[d.signal.channel]}-${String(i + 1).padStart(6, '0')}`;
    d.signal.externalId = externalId;
    d.signal.receivedAt = isoTime(d.at);
    signals[i] = d.signal;
    labels[i] = { externalId, issueTypes: d.issueTypes, stage: d.stage, incidentId: d.incidentId };
  }

  const strapBatch = specs[0]!.batch ?? '';
  return {
    products: CATALOG.map(toProduct),
    orders: orders.map((o) => o.input),
    signals,
    labels,
    incidents: specs.map((s) => finishIncident(s, all, signals, cal)),
    fixes: demoFixes(cal, plan),
    knowledge: buildKnowledge(cal, plan, strapBatch),
  };
}

function toProduct(item: (typeof CATALOG)[number]): ProductInput {
  const promise = homePromise(item);
  return {
    sku: item.sku,
    title: item.title,
    supplier: item.supplier,
    pageUrl: pageUrl(item),
    category: item.category,
    promises: {
      deliveryMinDays: promise.min,
      deliveryMaxDays: promise.max,
      sizeClaim: item.sizeClaim,
      materialClaim: item.materialClaim,
      returnWindowDays: RETURN_WINDOW_DAYS,
    },
  };
}

/** Dates and ids come from the signals actually generated, so the description cannot drift. */
function finishIncident(spec: IncidentSpec, drafts: Draft[], signals: SignalInput[], cal: Calendar): Incident {
  const externalIds: string[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < drafts.length; i++) {
    if (drafts[i]!.incidentId !== spec.id) continue;
    externalIds.push(signals[i]!.externalId);
    first = Math.min(first, drafts[i]!.at);
    last = Math.max(last, drafts[i]!.at);
  }
  const { ends, ...rest } = spec;
  const incident: Incident = {
    ...rest,
    startDate: isoDate(Number.isFinite(first) ? first : cal.startMs),
    signalCount: externalIds.length,
    externalIds,
  };
  if (ends && Number.isFinite(last)) incident.endDate = isoDate(last);
  return incident;
}
