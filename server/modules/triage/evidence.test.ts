import { describe, expect, it } from 'vitest';
import { extractEvidence } from './evidence.js';
import { triageSignal } from './triage-signal.js';

const ev = (text: string) => extractEvidence(text, { claimsDelay: false });

describe('evidence extraction', () => {
  it('order ids in English and Portuguese', () => {
    expect(ev('My order #AB12345 never came').orderIds.map((i) => i.value)).toEqual(['AB12345']);
    expect(ev('pedido nº 987654 não chegou').orderIds.map((i) => i.value)).toEqual(['987654']);
  });
  it('does not take a plain word after "order" for an id', () => {
    expect(ev('I placed my order online yesterday').orderIds).toEqual([]);
  });
  it('SKU, batch and lot codes', () => {
    const e = ev('SKU: TSH-0042 from batch B2024-07, lote 3311');
    expect(e.skus.map((s) => s.value)).toEqual(['TSH-0042']);
    expect(e.batches.map((b) => b.value)).toEqual(['B2024-07', '3311']);
  });
  it('variant words: sizes and colours', () => {
    const e = ev('I ordered a medium in navy, XL was sold out');
    expect(
      e.variants
        .filter((v) => v.kind === 'size')
        .map((v) => v.value.toLowerCase())
        .sort(),
    ).toEqual(['medium', 'xl']);
    expect(e.variants.filter((v) => v.kind === 'colour').map((v) => v.value)).toEqual(['navy']);
  });
  it('"runs small" is not a variant', () => {
    expect(ev('it runs small').variants).toEqual([]);
  });
  it('promised against actual days, English', () => {
    const d = extractEvidence("You said 5-7 days, it's day 11.", { claimsDelay: true })!.delivery!;
    expect(d).toMatchObject({ promisedMinDays: 5, promisedMaxDays: 7, actualDays: 11 });
    expect(d.spans.map((s) => s.text)).toEqual(['said 5-7 days', "it's day 11"]);
  });
  it('promised against actual days, Portuguese with the unit carried over', () => {
    const d = extractEvidence('prazo de 10 dias, já são 20', { claimsDelay: true }).delivery!;
    expect(d).toMatchObject({ promisedMaxDays: 10, actualDays: 20 });
  });
  it('weeks count as seven days', () => {
    expect(extractEvidence('It has been 3 weeks and nothing', { claimsDelay: true }).delivery!.actualDays).toBe(21);
  });
  it('dates, amounts with currency and URLs', () => {
    const e = ev('Paid R$ 1.234,56 on 2024-03-05, and $19.99 on March 5; see https://shop.example/p/1');
    expect(e.amounts.map((a) => [a.amount, a.currency])).toEqual([
      [1234.56, 'BRL'],
      [19.99, 'USD'],
    ]);
    expect(e.dates.map((d) => d.value)).toEqual(['2024-03-05', 'March 5']);
    expect(e.urls.map((u) => u.value)).toEqual(['https://shop.example/p/1']);
  });
  it('each kind of date passes the date gate, and a size next to a word is not a date', () => {
    expect(ev('ordered 12/03/2024, came 2024-04-01').dates.map((d) => d.value)).toEqual(['12/03/2024', '2024-04-01']);
    expect(ev('comprei em 5 de maio de 2024').dates.map((d) => d.value)).toEqual(['5 de maio de 2024']);
    expect(ev('shipped Sept. 3rd, arrived dec 10').dates.map((d) => d.value)).toEqual(['Sept. 3rd', 'dec 10']);
    expect(ev('size 4 and the 2 pack fit').dates).toEqual([]);
  });
  it('attached photos and videos are listed as media', () => {
    const e = extractEvidence('see photo', {
      claimsDelay: false,
      attachments: [
        { kind: 'photo', url: 'https://x/1.jpg' },
        { kind: 'video', url: 'https://x/2.mp4' },
      ],
    });
    expect(e.media.map((m) => m.kind)).toEqual(['photo', 'video']);
  });
  it('evidence offsets point at the words in the text', () => {
    const text = 'Order 55512345, lot X9, $20';
    const e = ev(text);
    for (const item of [...e.orderIds, ...e.batches, ...e.amounts]) expect(text.slice(item.start, item.end)).toBe(item.value);
  });
});

describe('delay claims against the order record', () => {
  const order = { orderedAt: '2026-03-01T10:00:00Z', promisedMaxDays: 7, deliveredAt: '2026-03-05T10:00:00Z' };
  it('a delay claim on an order delivered inside its window is flagged, not dropped', () => {
    const r = triageSignal({ text: 'My package is late, still not here after 12 days', order }, { model: null });
    expect(r.issueTypes).toContain('delivery_delay');
    expect(r.evidence.delivery).toMatchObject({
      mismatch: 'does not match the order record',
      actualDays: 12,
      orderRecord: { deliveredInDays: 4, promisedMaxDays: 7 },
    });
  });
  it('a delay claim on a late order is not flagged', () => {
    const late = { ...order, deliveredAt: '2026-03-12T10:00:00Z' };
    const r = triageSignal({ text: 'My package arrived late', order: late }, { model: null });
    expect(r.evidence.delivery?.mismatch).toBeUndefined();
    expect(r.evidence.delivery?.orderRecord?.deliveredInDays).toBe(11);
  });
});
