import { describe, expect, it } from 'vitest';
import { CHANNELS, orderInput, productInput, signalInput } from '../../contracts/signal.js';
import { generateDemoStore } from './generate-demo-store.js';

const store = generateDemoStore();

describe('generateDemoStore: shape and determinism', () => {
  it('gives a deep-equal store for the same arguments and a different one for another seed', () => {
    expect(generateDemoStore({ seed: 1 })).toEqual(store);
    const other = generateDemoStore({ seed: 2 });
    expect(other.orders.length).not.toBe(store.orders.length);
    expect(other.signals[0]!.text).not.toBe(store.signals[0]!.text);
  });

  it('produces records that every zod schema accepts', () => {
    for (const p of store.products) expect(productInput.safeParse(p).success, p.sku).toBe(true);
    for (const o of store.orders) expect(orderInput.safeParse(o).success, o.orderId).toBe(true);
    for (const s of store.signals) {
      const parsed = signalInput.safeParse(s);
      expect(parsed.success, `${s.externalId}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('tracks every shipped order with the carrier: scans in order, up to the delivery and never past the end', () => {
    const endMs = Date.parse('2026-11-17T00:00:00Z');
    let tracked = 0;
    for (const o of store.orders) {
      if (!o.shippedAt) {
        expect(o.carrier ?? null, o.orderId).toBeNull();
        expect(o.carrierEvents).toEqual([]);
        continue;
      }
      tracked++;
      expect(o.carrier && o.trackingNumber, o.orderId).toBeTruthy();
      const at = o.carrierEvents.map((e) => Date.parse(e.at));
      expect(at.length, o.orderId).toBeGreaterThan(0);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(at[0]).toBeGreaterThanOrEqual(Date.parse(o.shippedAt));
      expect(at.at(-1)).toBeLessThan(endMs);
      const delivered = o.carrierEvents.find((e) => e.status === 'delivered');
      expect(delivered?.at ?? null, o.orderId).toBe(o.deliveredAt ?? null);
    }
    expect(tracked).toBeGreaterThan(store.orders.length * 0.95);
  });

  it('has about 20 SKUs from 4-6 suppliers across the five categories', () => {
    expect(store.products.length).toBeGreaterThanOrEqual(18);
    expect(store.products.length).toBeLessThanOrEqual(24);
    const suppliers = new Set(store.products.map((p) => p.supplier));
    expect(suppliers.size).toBeGreaterThanOrEqual(4);
    expect(suppliers.size).toBeLessThanOrEqual(6);
    expect(new Set(store.products.map((p) => p.category))).toEqual(
      new Set(['apparel', 'kitchen', 'outdoor_travel', 'electronics', 'home']),
    );
  });

  it('spans 120 days ending at endDate with a few hundred orders a week and busier weekends', () => {
    const days = store.orders.map((o) => o.orderedAt.slice(0, 10)).sort();
    expect(days[0]).toBe('2026-07-20');
    expect(days[days.length - 1]).toBe('2026-11-16');
    const perWeek = store.orders.length / (120 / 7);
    expect(perWeek).toBeGreaterThan(200);
    expect(perWeek).toBeLessThan(600);
    const byWeekday = new Array(7).fill(0);
    for (const o of store.orders) byWeekday[new Date(o.orderedAt).getUTCDay()]++;
    const weekend = (byWeekday[0] + byWeekday[6]) / 2;
    const midweek = (byWeekday[2] + byWeekday[3]) / 2;
    expect(weekend / midweek).toBeGreaterThan(1.15);
  });

  it('uses unique signal ids and keeps labels aligned with signals', () => {
    expect(new Set(store.signals.map((s) => s.externalId)).size).toBe(store.signals.length);
    expect(store.labels.map((l) => l.externalId)).toEqual(store.signals.map((s) => s.externalId));
  });

  it('links signals only to existing orders and SKUs, never after endDate', () => {
    const orderIds = new Set(store.orders.map((o) => o.orderId));
    const skus = new Set(store.products.map((p) => p.sku));
    for (const s of store.signals) {
      if (s.orderId) expect(orderIds.has(s.orderId)).toBe(true);
      if (s.sku) expect(skus.has(s.sku)).toBe(true);
      expect(s.receivedAt < '2026-11-17').toBe(true);
      expect(s.receivedAt >= '2026-07-20').toBe(true);
    }
  });
});

describe('generateDemoStore: voice', () => {
  const count = (pred: (s: (typeof store.signals)[number], i: number) => boolean) => store.signals.filter(pred).length;

  it('covers every channel, reviews the most common post-purchase voice and chargebacks rare', () => {
    const byChannel = new Map<string, number>();
    for (const s of store.signals) byChannel.set(s.channel, (byChannel.get(s.channel) ?? 0) + 1);
    // Portal complaints arrive through the form (with photos, a status token), not the generator:
    // the demo store has none yet.
    for (const c of CHANNELS.filter((c) => c !== 'portal')) expect(byChannel.get(c) ?? 0, c).toBeGreaterThan(0);
    expect(byChannel.get('chargeback')!).toBeLessThan(store.orders.length * 0.01);
    expect(byChannel.get('review')!).toBeGreaterThan(byChannel.get('refund_reason')! + byChannel.get('return_reason')!);
  });

  it('keeps background complaints at a realistic share of orders', () => {
    const complained = new Set<string>();
    store.signals.forEach((s, i) => {
      const l = store.labels[i]!;
      if (s.orderId && l.incidentId === null && !l.issueTypes.includes('praise')) complained.add(s.orderId);
    });
    const share = complained.size / store.orders.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.08);
  });

  it('includes pre-sale questions, praise with photos, public rated reviews and bot transcripts', () => {
    expect(count((s, i) => store.labels[i]!.stage === 'pre_sale' && !s.orderId)).toBeGreaterThan(300);
    expect(
      count((s, i) => store.labels[i]!.issueTypes.includes('praise') && s.attachments.some((a) => a.kind === 'photo')),
    ).toBeGreaterThan(20);
    expect(store.signals.filter((s) => s.channel === 'review').every((s) => s.public && s.rating != null)).toBe(true);
    expect(
      store.signals.filter((s) => s.channel === 'ai_chat').every((s) => s.handledBy === 'automation' && s.text.startsWith('Customer:')),
    ).toBe(true);
  });

  it('writes to BR orders in Portuguese and leaves personal details in some texts for masking', () => {
    const br = new Set(store.orders.filter((o) => o.country === 'BR').map((o) => o.orderId));
    const brSignals = store.signals.filter((s) => s.orderId && br.has(s.orderId) && s.channel !== 'ai_chat' && s.channel !== 'survey');
    const pt = brSignals.filter((s) => s.language === 'pt');
    expect(pt.length / brSignals.length).toBeGreaterThan(0.8);
    expect(count((s) => /@(mail\.)?example\.(com|net|org)/.test(s.text))).toBeGreaterThan(3);
    expect(count((s) => /\+\d{1,2} [\d (]/.test(s.text))).toBeGreaterThan(3);
  });

  it('has angry and threatening wording, and texts that rarely repeat word for word', () => {
    expect(count((s) => /chargeback with my bank|lawyer|consumer protection|Procon|Reclame Aqui/.test(s.text))).toBeGreaterThan(10);
    const long = store.signals.filter((s) => s.text.length > 60);
    expect(new Set(long.map((s) => s.text)).size / long.length).toBeGreaterThan(0.94);
  });

  it('leaves no unfilled template slots', () => {
    expect(store.signals.filter((s) => /\{\w+\}/.test(s.text)).map((s) => s.text)).toEqual([]);
  });
});

describe('generateDemoStore: knowledge and options', () => {
  it('ships macros, FAQ and bot entries, the stale ones tied to real incidents', () => {
    const { macros, faq, chatbot } = store.knowledge;
    expect(macros.length).toBeGreaterThan(3);
    expect(faq.length).toBeGreaterThan(3);
    expect(chatbot.length).toBeGreaterThan(3);
    const incidentIds = new Set(store.incidents.map((i) => i.id));
    const stale = [...macros, ...faq, ...chatbot].filter((e) => e.stale);
    expect(stale.length).toBeGreaterThanOrEqual(4);
    for (const e of stale) {
      expect(incidentIds.has(e.incidentId!), e.id).toBe(true);
      expect(e.staleBecause).toBeTruthy();
    }
    expect(chatbot.find((e) => e.incidentId === 'INC-BOT')!.body).toContain('60 days');
  });

  it('appends extra signals after the store without changing it', () => {
    const bigger = generateDemoStore({ extraSignals: 500 });
    expect(bigger.signals.length).toBe(store.signals.length + 500);
    expect(bigger.signals.slice(0, store.signals.length)).toEqual(store.signals);
    expect(bigger.orders).toEqual(store.orders);
    for (const s of bigger.signals.slice(store.signals.length)) expect(signalInput.safeParse(s).success).toBe(true);
  });

  it('moves with endDate and rejects arguments it cannot honour', () => {
    const other = generateDemoStore({ endDate: '2027-03-01', days: 100 });
    expect(other.orders[other.orders.length - 1]!.orderedAt.slice(0, 10)).toBe('2027-03-01');
    expect(() => generateDemoStore({ endDate: '16/11/2026' })).toThrow(/endDate/);
    expect(() => generateDemoStore({ days: 30 })).toThrow(/days/);
    expect(() => generateDemoStore({ seed: 1.5 })).toThrow(/seed/);
    expect(() => generateDemoStore({ extraSignals: -1 })).toThrow(/extraSignals/);
  });
});
