import type { Channel, IssueType, SignalInput } from '../../contracts/signal.js';
import type { CatalogItem } from './catalog.js';
import { type Composed, type Facts, type Lang, type Tone, composeComplaint, composePraise, composeQuestion } from './compose.js';
import { homePromise } from './logistics.js';
import { PT_NICK, PT_PART } from './phrases/pt.js';
import type { Customer, DemoOrder, OrderLine } from './orders.js';
import { RETURN_WINDOW_DAYS } from './plan.js';
import { type Rng, chance, int, pick, weighted, draw } from '../lib/random.js';
import { DAY } from './time.js';

/** A signal before it gets its id: the record plus the ground truth the generator planted. */
export interface Draft {
  /** externalId and receivedAt are blank until the store is sorted and numbered. */
  signal: SignalInput;
  at: number;
  issueTypes: IssueType[];
  stage: 'pre_sale' | 'post_purchase';
  incidentId: string | null;
}

const TONES = weighted<Tone>([
  ['polite', 55],
  ['neutral', 27],
  ['angry', 13],
  ['threat', 5],
]);
const SIZE_ORDER = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const PII_CHANNELS = new Set<Channel>(['email', 'chat', 'social_dm', 'ai_chat']);
const PHOTO_ISSUES = new Set<IssueType>([
  'damaged_in_transit',
  'missing_item',
  'defect',
  'listing_mismatch',
  'material_quality',
  'wrong_item',
  'safety',
]);

export function drawTone(rng: Rng): Tone {
  return draw(rng, TONES);
}

interface VariantParts {
  size: string;
  wrongSize: string;
  color: string;
}
const variantCache = new Map<string, VariantParts>();
const materialCache = new Map<CatalogItem, string>();

/** Variants and materials repeat endlessly; parsing them once keeps 200k signals cheap. */
function variantParts(variant: string): VariantParts {
  let parts = variantCache.get(variant);
  if (!parts) {
    const pieces = variant.split(' / ');
    const last = pieces[pieces.length - 1] ?? '';
    const size = SIZE_ORDER.includes(last) ? last : '';
    const i = SIZE_ORDER.indexOf(size);
    parts = { size, wrongSize: SIZE_ORDER[i - 1] ?? 'XS', color: pieces[0] ?? '' };
    variantCache.set(variant, parts);
  }
  return parts;
}

function materialOf(item: CatalogItem): string {
  let m = materialCache.get(item);
  if (m === undefined) {
    m = (item.materialClaim ?? 'the described material').split(',')[0] ?? '';
    materialCache.set(item, m);
  }
  return m;
}

export function factsFor(rng: Rng, item: CatalogItem, at: number, order?: DemoOrder, line?: OrderLine, lang: Lang = 'en'): Facts {
  const v = variantParts(line?.variant ?? pick(rng, item.variants));
  const route = order?.route;
  const promise = route ? `${route.minDays}-${route.maxDays} days` : promiseText(item);
  const age = order ? Math.max(1, Math.floor((at - order.orderedMs) / DAY)) : 0;
  return {
    product: pick(rng, lang === 'pt' ? (PT_NICK[item.sku] ?? item.nick) : item.nick),
    part: partIn(lang, item.parts.length ? pick(rng, item.parts) : 'accessory'),
    size: v.size,
    wrongSize: v.wrongSize,
    color: v.color,
    promise,
    day: order ? age : int(rng, 3, 20),
    material: materialOf(item),
    order: order?.input.orderId ?? 'my order',
    country: order?.customer.market.country ?? pick(rng, ['Canada', 'Germany', 'the UK', 'Australia', 'Brazil']),
    botDays: 60,
    realDays: RETURN_WINDOW_DAYS,
    age: order ? age : int(rng, 10, 50),
  };
}

function partIn(lang: Lang, part: string): string {
  return lang === 'pt' ? (PT_PART[part] ?? 'peça') : part;
}

function promiseText(item: CatalogItem): string {
  const p = homePromise(item);
  return `${p.min}-${p.max} days`;
}

function mediaUrl(rng: Rng, kind: string, ext: string): string {
  return `https://media.example.com/demo/${kind}/${Math.floor(rng() * 2 ** 32).toString(36)}.${ext}`;
}

function base(channel: Channel, c: Composed, lang: Lang): Draft['signal'] {
  // Built once in final key order and completed in place later: copying 200k records would
  // double the garbage for nothing.
  return {
    channel,
    externalId: '',
    receivedAt: '',
    text: c.text,
    title: c.title,
    rating: c.rating,
    sku: null,
    variant: null,
    batch: null,
    orderId: null,
    customerId: null,
    customerTier: null,
    language: lang,
    public: channel === 'review' || channel === 'social_comment',
    handledBy: channel === 'ai_chat' ? 'automation' : 'human',
    attachments: [],
  };
}

export interface ComplaintArgs {
  channel: Channel;
  issue: Exclude<IssueType, 'praise'>;
  also?: IssueType[];
  order: DemoOrder;
  line: OrderLine;
  at: number;
  tone?: Tone;
  incidentId?: string | null;
  core?: string[];
}

/** A complaint about one order line, worded for its channel and the customer's language. */
export function complaintDraft(rng: Rng, a: ComplaintArgs): Draft {
  const lang = a.order.customer.lang;
  const tone = a.tone ?? drawTone(rng);
  const facts = factsFor(rng, a.line.item, a.at, a.order, a.line, lang);
  const pii = PII_CHANNELS.has(a.channel) && chance(rng, 0.07);
  const composed = composeComplaint(rng, {
    channel: a.channel,
    issue: a.issue,
    lang,
    tone,
    facts,
    pii,
    core: a.core,
    category: a.line.item.category,
  });
  const signal = base(a.channel, composed, lang);
  fillOrder(signal, a.order, a.line);
  const photoChance = a.channel === 'review' || a.channel === 'email' ? 0.3 : a.channel === 'chat' ? 0.15 : 0;
  if (PHOTO_ISSUES.has(a.issue) && chance(rng, photoChance)) {
    const n = int(rng, 1, 3);
    for (let i = 0; i < n; i++) signal.attachments.push({ kind: 'photo', url: mediaUrl(rng, 'photo', 'jpg') });
  }
  if (a.issue === 'ai_wrong_answer' && chance(rng, 0.35))
    signal.attachments.push({ kind: 'screenshot', url: mediaUrl(rng, 'screenshot', 'png') });
  const issueTypes: IssueType[] = a.also?.length ? [a.issue, ...a.also.filter((t) => t !== a.issue)] : [a.issue];
  return { signal, at: a.at, issueTypes, stage: 'post_purchase', incidentId: a.incidentId ?? null };
}

export function fillOrder(signal: Draft['signal'], order: DemoOrder, line: OrderLine): void {
  signal.sku = line.item.sku;
  signal.variant = line.variant;
  signal.batch = line.batch.code;
  signal.orderId = order.input.orderId;
  signal.customerId = order.customer.id;
  signal.customerTier = order.customer.tier;
}

/** A question before buying: no order, a visitor id at most. */
export function questionDraft(
  rng: Rng,
  channel: Channel,
  topic: IssueType,
  item: CatalogItem,
  at: number,
  lang: Lang,
  visitor: string | null,
  incidentId: string | null = null,
): Draft {
  const facts = factsFor(rng, item, at, undefined, undefined, lang);
  const composed = composeQuestion(rng, channel, topic, item.category, lang, facts);
  const signal = base(channel, composed, lang);
  signal.sku = item.sku;
  signal.customerId = visitor;
  return { signal, at, issueTypes: [topic], stage: 'pre_sale', incidentId };
}

/** Praise after delivery; specific ones carry photos or, from influencers, a video. */
export function praiseDraft(rng: Rng, channel: Channel, order: DemoOrder, line: OrderLine, at: number): Draft {
  const lang = order.customer.lang;
  const composed = composePraise(rng, channel, lang, factsFor(rng, line.item, at, order, line, lang), line.item.category);
  const signal = base(channel, composed, lang);
  fillOrder(signal, order, line);
  if (order.customer.tier === 'influencer' && chance(rng, 0.6))
    signal.attachments.push({ kind: 'video', url: mediaUrl(rng, 'video', 'mp4') });
  if (chance(rng, 0.25)) {
    const n = int(rng, 1, 4);
    for (let i = 0; i < n; i++) signal.attachments.push({ kind: 'photo', url: mediaUrl(rng, 'photo', 'jpg') });
  }
  return { signal, at, issueTypes: ['praise'], stage: 'post_purchase', incidentId: null };
}

export function plainDraft(
  channel: Channel,
  at: number,
  composed: Composed,
  lang: Lang,
  issueTypes: IssueType[],
  order: DemoOrder | null,
  line: OrderLine | null,
  customer: Customer | null,
  incidentId: string | null = null,
): Draft {
  const signal = base(channel, composed, lang);
  if (order && line) fillOrder(signal, order, line);
  else if (customer) {
    signal.customerId = customer.id;
    signal.customerTier = customer.tier;
  }
  return { signal, at, issueTypes, stage: order ? 'post_purchase' : 'pre_sale', incidentId };
}
