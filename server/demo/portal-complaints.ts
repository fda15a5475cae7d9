import sharp from 'sharp';
import type { OrderInput } from '../../contracts/signal.js';
import type { PortalLanguage, PortalStep, ProblemId, Want } from '../../contracts/portal.js';
import type { AppContext } from '../platform/http/context.js';
import { fixedClock } from '../platform/clock.js';
import { streamFor } from '../lib/random.js';
import { getOrders } from '../modules/orders/index.js';
import { recordPastHandling } from '../modules/replies/index.js';
import {
  addMessage,
  addStep,
  answerSatisfaction,
  complaintForReference,
  fileComplaintFor,
  type PhotoStore,
  type RandomBytes,
} from '../modules/portal/index.js';
import type { DemoStore } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Shot = 'contents' | 'parcel' | 'label' | 'item';

/** One complaint of the demo's history, filed through the portal, and what happened to it. */
export interface DemoComplaint {
  orderId: string;
  sku: string;
  problem: ProblemId;
  wants: Want;
  language: PortalLanguage;
  text: string;
  /** When it was filed (ISO). */
  at: string;
  photos: Shot[];
  /** Hours after filing: staff's messages and steps, the customer's answers, the satisfaction answer. */
  history: (
    | { h: number; step: Exclude<PortalStep, 'received' | 'assigned'>; note?: string }
    | { h: number; message: string; author: 'staff' | 'customer' }
    | { h: number; score: number; comment: string }
  )[];
}

const STRAP_WORDS: { language: PortalLanguage; text: string }[] = [
  { language: 'en', text: 'The shoulder strap was not in the box. Everything else is there, photo attached.' },
  { language: 'pt', text: 'A alça de ombro não veio na caixa. O resto está tudo, segue a foto.' },
  { language: 'de', text: 'Der Schultergurt war nicht im Karton. Alles andere ist da, Foto anbei.' },
];

/** What a resolved complaint went through: first answer, decision, the replacement, closed, rated. */
function resolved(wants: Want, score: number, comment: string): DemoComplaint['history'] {
  return [
    { h: 2, message: 'Thank you for the photo. We are checking the batch and will decide today.', author: 'staff' },
    { h: 7, step: 'decided', note: wants },
    ...(wants === 'replacement' ? [{ h: 30, step: 'shipped' as const, note: 'CTT RR900100200PT' }] : []),
    { h: 96, step: 'closed' },
    { h: 100, score, comment },
  ];
}

/**
 * The demo's portal complaints, pure and deterministic from the store: three about the
 * strap-missing batch (with photos of the box's contents, in three languages), a parcel that
 * arrived crushed, a wrong item with its label, and a late parcel on the delayed route. The older
 * ones went all the way to a satisfaction answer; the newest are still with the team.
 */
export function planDemoComplaints(store: DemoStore, endDate: string): DemoComplaint[] {
  const endMs = Date.parse(`${endDate}T23:59:59Z`);
  const delivered = (o: OrderInput) => (o.deliveredAt ? Date.parse(o.deliveredAt) : Number.POSITIVE_INFINITY);
  const out: DemoComplaint[] = [];
  const used = new Set<string>();
  const take = (o: OrderInput | undefined, c: Omit<DemoComplaint, 'orderId' | 'at' | 'sku'> & { sku?: string }, afterMs: number) => {
    if (!o || used.has(o.orderId)) return;
    const at = delivered(o) + afterMs;
    if (!(at < endMs - DAY)) return;
    used.add(o.orderId);
    const age = endMs - at;
    const history = c.history.filter((x) => x.h * HOUR < age);
    out.push({ ...c, sku: c.sku ?? o.lines[0]!.sku, orderId: o.orderId, at: new Date(at).toISOString(), history });
  };

  const strap = store.incidents.find((i) => i.kind === 'batch_missing_part');
  if (strap?.batch && strap.sku) {
    const from = Date.parse(`${strap.startDate}T00:00:00Z`);
    const orders = store.orders
      .filter((o) => o.batch === strap.batch && o.lines.some((l) => l.sku === strap.sku) && delivered(o) >= from)
      .sort((a, b) => delivered(a) - delivered(b) || a.orderId.localeCompare(b.orderId));
    const scores: [number, string][] = [
      [5, 'Quick, and the strap came two days later.'],
      [4, 'Resolvido, mas a alça devia ter vindo na caixa.'],
    ];
    for (const [i, w] of STRAP_WORDS.entries()) {
      const s = scores[i];
      take(
        orders[i * 3],
        {
          sku: strap.sku,
          problem: 'part_missing',
          wants: 'replacement',
          ...w,
          photos: ['contents'],
          history: s ? resolved('replacement', s[0], s[1]) : [{ h: 3, step: 'waiting_for_customer' }],
        },
        5 * HOUR,
      );
    }
  }
  const others = store.orders.filter((o) => o.deliveredAt && o.batch !== strap?.batch);
  const at = (frac: number) => others[Math.floor(others.length * frac)];
  take(
    at(0.55),
    {
      problem: 'arrived_damaged',
      wants: 'refund',
      language: 'fr',
      text: 'Le colis est arrivé écrasé et la fermeture est tordue. Photos du carton et de l’article.',
      photos: ['parcel', 'item'],
      history: resolved('refund', 3, 'Remboursé, mais il a fallu attendre.'),
    },
    3 * HOUR,
  );
  take(
    at(0.8),
    {
      problem: 'wrong_item',
      wants: 'replacement',
      language: 'es',
      text: 'Me llegó otro modelo, no el que pedí. Adjunto la foto de la etiqueta.',
      photos: ['label'],
      history: resolved('replacement', 5, 'Muy rápido, gracias.'),
    },
    6 * HOUR,
  );
  const route = store.incidents.find((i) => i.kind === 'route_delay');
  const late = store.orders
    .filter((o) => route?.route && o.route === route.route && o.shippedAt && !o.deliveredAt && Date.parse(o.orderedAt) < endMs - 12 * DAY)
    .sort((a, b) => a.orderedAt.localeCompare(b.orderedAt) || a.orderId.localeCompare(b.orderId))[0];
  if (late) {
    used.add(late.orderId);
    out.push({
      orderId: late.orderId,
      sku: late.lines[0]!.sku,
      problem: 'late_or_lost',
      wants: 'information',
      language: 'en',
      text: 'My parcel was due last week and the tracking has not moved for days.',
      at: new Date(endMs - 2 * DAY).toISOString(),
      photos: [],
      history: [{ h: 4, message: 'The carrier confirms a delay on this route; we will update you tomorrow.', author: 'staff' }],
    });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.orderId.localeCompare(b.orderId));
}

const SHOT_COLOURS: Record<Shot, [string, string]> = {
  contents: ['#d9c7a7', '#8a5a2b'],
  parcel: ['#c9b79c', '#a0522d'],
  label: ['#eeeeee', '#333333'],
  item: ['#dfe6ee', '#2e4a62'],
};

/**
 * A generated photo: an open box, a parcel, a label or an item as flat shapes with a caption —
 * no people, nothing real. Deterministic for its kind and number.
 */
export async function demoPhoto(shot: Shot, n: number): Promise<Buffer> {
  const [bg, fg] = SHOT_COLOURS[shot];
  const shapes: Record<Shot, string> = {
    contents: `<rect x="200" y="220" width="400" height="260" fill="${fg}"/><polygon points="200,220 120,140 360,140 400,220" fill="#b08050"/><polygon points="600,220 680,140 440,140 400,220" fill="#b08050"/><rect x="260" y="260" width="280" height="120" rx="30" fill="#2f3b4c"/><circle cx="400" cy="320" r="18" fill="#c0c0c0"/>`,
    parcel: `<polygon points="180,200 620,200 660,470 140,470" fill="${fg}"/><polygon points="300,200 420,320 380,470 260,340" fill="#6b3a1f"/><rect x="180" y="260" width="440" height="24" fill="#d8c38a"/>`,
    label: `<rect x="160" y="140" width="480" height="320" fill="#ffffff" stroke="${fg}" stroke-width="6"/>${Array.from({ length: 24 }, (_, i) => `<rect x="${200 + i * 16}" y="330" width="${i % 3 ? 6 : 10}" height="90" fill="${fg}"/>`).join('')}<rect x="200" y="180" width="300" height="22" fill="${fg}"/><rect x="200" y="220" width="220" height="22" fill="${fg}"/>`,
    item: `<rect x="220" y="180" width="360" height="260" rx="40" fill="${fg}"/><path d="M300 180 Q400 80 500 180" stroke="${fg}" stroke-width="24" fill="none"/><line x1="260" y1="300" x2="540" y2="330" stroke="#e0b040" stroke-width="8"/>`,
  };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="${bg}"/>${shapes[shot]}<text x="24" y="580" font-family="sans-serif" font-size="22" fill="#222">Demo photo ${n} · ${shot} · generated, no real people</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** Seeded bytes, so the same seed gives the same references, links and file names. */
function seededBytes(seed: number): RandomBytes {
  const rng = streamFor(seed, 'portal-complaints');
  return (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(rng() * 256)));
}

/**
 * Files the planned complaints through the portal's own code at their own times (a clock fixed
 * at each moment), then their steps, messages and satisfaction answers; a closed complaint's
 * signal is resolved in the demo's support history. Returns how many were filed.
 */
export async function loadDemoComplaints(
  ctx: Pick<AppContext, 'db'>,
  store: DemoStore,
  endDate: string,
  photos: PhotoStore,
  seed: number,
): Promise<number> {
  const random = seededBytes(seed);
  const resolvedSignals: { signalId: number; text: string; orderId: string; at: Date }[] = [];
  let n = 0;
  for (const plan of planDemoComplaints(store, endDate)) {
    const [order] = await getOrders(ctx.db, [plan.orderId]);
    if (!order) continue;
    const filedAt = Date.parse(plan.at);
    const at = (h: number) => ({ db: ctx.db, clock: fixedClock(new Date(filedAt + h * HOUR)) });
    const uploads = await Promise.all(plan.photos.map((shot, i) => demoPhoto(shot, n * 10 + i + 1)));
    const filed = await fileComplaintFor(
      at(0),
      photos,
      order,
      { items: [plan.sku], problem: plan.problem, text: plan.text, wants: plan.wants, language: plan.language },
      uploads,
      random,
    );
    n++;
    for (const x of plan.history) {
      const c = await complaintForReference(ctx, filed.reference);
      if ('step' in x) await addStep(at(x.h), c, x.step, x.note ?? null, 'demo-support');
      else if ('message' in x) await addMessage(at(x.h), c, x.author, x.message, x.author === 'staff' ? 'demo-support' : 'customer');
      else await answerSatisfaction(at(x.h), c, x.score, x.comment);
      if ('step' in x && x.step === 'closed')
        resolvedSignals.push({ signalId: c.signalId, text: plan.text, orderId: plan.orderId, at: new Date(filedAt + x.h * HOUR) });
    }
  }
  await recordPastHandling(
    ctx.db,
    resolvedSignals.map((r) => ({
      signalId: r.signalId,
      customerWording: r.text,
      orderId: r.orderId,
      steps: [{ at: r.at, status: 'resolved' as const }],
    })),
    'demo-support',
  );
  return n;
}
