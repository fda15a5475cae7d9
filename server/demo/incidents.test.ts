import { describe, expect, it } from 'vitest';
import type { IssueType } from '../../contracts/signal.js';
import { generateDemoStore } from './generate-demo-store.js';
import { planIncidents } from './plan.js';
import { poissonUpperTail } from './testing.js';

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / DAY);

function analyse(seed: number) {
  const store = generateDemoStore({ seed });
  const orders = new Map(store.orders.map((o) => [o.orderId, o]));
  const has = (i: number, t: IssueType) => store.labels[i]!.issueTypes.includes(t);
  // How an issue for each incident would be keyed: type plus SKU, batch or route.
  const scope: Record<string, (i: number) => boolean> = {
    'INC-STRAP': (i) => store.signals[i]!.sku === 'OT-DUFFEL-40' && has(i, 'missing_item'),
    'INC-ROUTE': (i) => has(i, 'delivery_delay') && orders.get(store.signals[i]!.orderId ?? '')?.route === 'CN-US-air',
    'INC-BOT': (i) => has(i, 'ai_wrong_answer'),
    'INC-HERO': (i) => store.signals[i]!.sku === 'HO-KNIT-THROW' && (has(i, 'listing_mismatch') || has(i, 'material_quality')),
    'INC-FIT': (i) => store.signals[i]!.sku === 'AP-RAIN-JKT' && has(i, 'fit_size'),
    'INC-PLUG': (i) => store.signals[i]!.sku === 'EL-SMART-PLUG' && has(i, 'setup_usage'),
  };
  return { store, orders, scope };
}

describe('demo incidents', () => {
  const { store, orders, scope } = analyse(1);
  const byId = new Map(store.signals.map((s, i) => [s.externalId, i]));

  it('lists the six planted incidents with their keys', () => {
    expect(store.incidents.map((i) => i.id)).toEqual(['INC-STRAP', 'INC-ROUTE', 'INC-BOT', 'INC-HERO', 'INC-FIT', 'INC-PLUG']);
    const strap = store.incidents[0]!;
    expect(strap.batch).toMatch(/^B-\d{4}-[A-Z]+$/);
    expect(store.incidents[1]!.route).toBe('CN-US-air');
    for (const inc of store.incidents) expect(inc.signalCount).toBeGreaterThan(40);
  });

  it('puts every incident signal inside its window and on its SKU, batch or route', () => {
    for (const inc of store.incidents) {
      const start = dayOf(inc.startDate);
      const end = inc.endDate ? dayOf(inc.endDate) : dayOf('2026-11-16');
      expect(start).toBeGreaterThanOrEqual(dayOf(inc.trigger.date));
      for (const id of inc.externalIds) {
        const i = byId.get(id)!;
        const s = store.signals[i]!;
        const d = dayOf(s.receivedAt);
        expect(d >= start && d <= end, `${inc.id} ${id}`).toBe(true);
        expect(store.labels[i]!.incidentId).toBe(inc.id);
        expect(store.labels[i]!.issueTypes).toContain(inc.issueTypes.find((t) => store.labels[i]!.issueTypes.includes(t)));
        if (inc.sku) expect(s.sku).toBe(inc.sku);
        if (inc.batch) expect(s.batch).toBe(inc.batch);
        if (inc.route) expect(orders.get(s.orderId!)!.route).toBe(inc.route);
      }
    }
  });

  it('tells the missing strap across tickets, reviews, refund reasons and a chargeback', () => {
    const strap = store.incidents[0]!;
    const channels = new Set(strap.externalIds.map((id) => store.signals[byId.get(id)!]!.channel));
    for (const c of ['email', 'chat', 'review', 'refund_reason', 'chargeback'] as const) expect(channels.has(c), c).toBe(true);
  });

  it('has the bot quote a 60-day window for one week, then people complain about it', () => {
    const bot = store.incidents[2]!;
    expect(dayOf(bot.endDate!) - dayOf(bot.startDate)).toBeLessThanOrEqual(10);
    const signals = bot.externalIds.map((id) => store.signals[byId.get(id)!]!);
    const transcripts = signals.filter((s) => s.channel === 'ai_chat');
    expect(transcripts.length).toBeGreaterThan(40);
    expect(transcripts.every((s) => s.handledBy === 'automation' && /60 days/.test(s.text))).toBe(true);
    expect(dayOf(transcripts[transcripts.length - 1]!.receivedAt) - dayOf(transcripts[0]!.receivedAt)).toBe(6);
    expect(signals.filter((s) => s.channel !== 'ai_chat' && s.handledBy === 'human').length).toBeGreaterThan(15);
  });

  it('delivers the slipping lane late, and only inside the stretch', () => {
    const plan = planIncidents(120);
    const startMs = Date.parse('2026-07-20T00:00:00Z');
    let inLate = 0;
    let inAll = 0;
    let outLate = 0;
    let outAll = 0;
    for (const o of store.orders) {
      if (o.route !== 'CN-US-air' || !o.deliveredAt) continue;
      const day = Math.floor((Date.parse(o.orderedAt) - startMs) / DAY);
      const late = (Date.parse(o.deliveredAt) - Date.parse(o.orderedAt)) / DAY > o.promisedMaxDays!;
      if (day >= plan.route.fromDay && day <= plan.route.toDay) {
        inAll++;
        if (late) inLate++;
      } else {
        outAll++;
        if (late) outLate++;
      }
    }
    expect(inAll).toBeGreaterThan(60);
    expect(inLate / inAll).toBeGreaterThan(0.85);
    expect(outLate / outAll).toBeLessThan(0.1);
  });

  it("shows the slip in the slipping lane's tracking: days without a scan after leaving Shenzhen", () => {
    const plan = planIncidents(120);
    const startMs = Date.parse('2026-07-20T00:00:00Z');
    const longestGap = (o: (typeof store.orders)[number]) => {
      const at = o.carrierEvents.map((e) => Date.parse(e.at));
      return Math.max(0, ...at.slice(1).map((t, i) => (t - at[i]!) / DAY));
    };
    let slipped = 0;
    let withGap = 0;
    for (const o of store.orders) {
      const day = Math.floor((Date.parse(o.orderedAt) - startMs) / DAY);
      const inStretch = o.route === plan.route.code && day >= plan.route.fromDay && day <= plan.route.toDay;
      const lateBy = o.deliveredAt ? (Date.parse(o.deliveredAt) - Date.parse(o.orderedAt)) / DAY - o.promisedMaxDays! : 0;
      // The slip (4 to 11 days) is one silence after departure; everywhere else a parcel is scanned at least every 3 days.
      if (inStretch && lateBy >= 3) {
        slipped++;
        if (longestGap(o) >= plan.route.extraMin) withGap++;
      } else expect(longestGap(o), o.orderId).toBeLessThan(3);
    }
    expect(slipped).toBeGreaterThan(60);
    // A few late parcels in the stretch are the ordinary background lateness, scanned as usual.
    expect(withGap / slipped).toBeGreaterThan(0.9);
  });

  it('draws hero-image complaints only after the image changed', () => {
    const hero = store.incidents[3]!;
    const changed = Date.parse(`${hero.trigger.date}T00:00:00Z`);
    for (const id of hero.externalIds) expect(Date.parse(store.signals[byId.get(id)!]!.receivedAt)).toBeGreaterThanOrEqual(changed);
  });

  // A detector must see each incident within two days of its start: the first three days
  // (start, +1, +2) must hold a count far above the scope's own rate in the four weeks before.
  for (const seed of [1, 2, 3]) {
    it(`rises far above its baseline within two days of its start (seed ${seed})`, () => {
      const a = seed === 1 ? { store, scope } : analyse(seed);
      for (const inc of a.store.incidents) {
        const start = dayOf(inc.startDate);
        const trigger = dayOf(inc.trigger.date);
        let baseline = 0;
        let early = 0;
        a.store.signals.forEach((s, i) => {
          if (!a.scope[inc.id]!(i)) return;
          const d = dayOf(s.receivedAt);
          if (d >= trigger - 28 && d < trigger) baseline++;
          if (d >= start && d <= start + 2) early++;
        });
        const mean = Math.max(baseline / 28, 0.05) * 3;
        expect(early, inc.id).toBeGreaterThanOrEqual(5);
        expect(poissonUpperTail(early, mean), inc.id).toBeLessThan(1e-4);
      }
    });
  }

  it('keeps the background quiet: no day or week on any SKU and type far above its own rate', () => {
    // Only signals the generator did not plant; the planted ones are true alarms.
    const days = 120;
    const startDay = dayOf('2026-07-20');
    const daily = new Map<string, Int32Array>();
    store.signals.forEach((s, i) => {
      const l = store.labels[i]!;
      if (l.incidentId || !s.sku) return;
      for (const t of l.issueTypes) {
        const key = `${s.sku}|${t}`;
        if (!daily.has(key)) daily.set(key, new Int32Array(days));
        daily.get(key)![dayOf(s.receivedAt) - startDay]!++;
      }
    });
    const alarms: string[] = [];
    for (const [key, counts] of daily) {
      // Skip the first two weeks: complaints about the first orders are still on their way.
      const settled = counts.slice(14);
      const mean = Math.max(settled.reduce((a, b) => a + b, 0) / settled.length, 0.02);
      settled.forEach((c, d) => {
        if (poissonUpperTail(c, mean) < 1e-6) alarms.push(`${key} day ${d + 14}: ${c}`);
      });
      for (let w = 0; w + 7 <= settled.length; w += 7) {
        const c = settled.slice(w, w + 7).reduce((a, b) => a + b, 0);
        if (poissonUpperTail(c, mean * 7) < 1e-6) alarms.push(`${key} week from day ${w + 14}: ${c}`);
      }
    }
    expect(alarms).toEqual([]);
  });
});
