import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { actionableRank, settledByBot } from './actionable-wording.js';

/**
 * Issue 17: the weekly report's "line to act on" quoted a chat the bot had settled ("Thanks, that
 * helps."), because the pick was only "the wording most like the others" and settled chats repeat
 * themselves. The line must quote a customer with a problem still to act on.
 */
let t: Awaited<ReturnType<typeof buildTestApp>>;

const settled = (i: number) =>
  buildSignal({
    sku: 'MUG-1',
    channel: 'ai_chat',
    handledBy: 'automation',
    receivedAt: `2026-11-1${6 + (i % 4)}T0${i}:00:00Z`,
    text: `Customer: ${['The lid of my travel mug leaks.', 'My travel mug leaks from the lid.'][i % 2]}\nAssistant: Tighten the lid until it clicks and the leak stops.\nCustomer: ${['Thanks, that helps.', 'Great, thank you.', 'Perfect, it works now.'][i % 3]}`,
  });

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-24T12:00:00Z' });
  const signals = [
    ...Array.from({ length: 7 }, (_, i) => settled(i)),
    buildSignal({
      sku: 'MUG-1',
      channel: 'review',
      public: true,
      rating: 1,
      receivedAt: '2026-11-18T15:00:00Z',
      text: 'The lid leaks all over my bag, coffee everywhere. Terrible, I want my money back.',
    }),
    buildSignal({
      sku: 'MUG-1',
      channel: 'email',
      receivedAt: '2026-11-19T15:00:00Z',
      text: 'My travel mug leaks from the lid even when it is closed. Really disappointed.',
    }),
  ];
  const r = await t.call('POST', '/api/signals', signals);
  expect(r.status).toBe(201);
});
afterAll(async () => {
  await t.close();
});

describe('the line to act on', () => {
  it('quotes an actionable complaint, never a chat the bot settled', async () => {
    const r = await t.call('GET', '/api/reports/weekly?week=2026-W47&tz=UTC');
    expect(r.status).toBe(200);
    const line = r.body.copyableLine;
    expect(line, JSON.stringify(r.body.topThemes)).not.toBeNull();
    expect(line.sku).toBe('MUG-1');
    expect(line.channel).not.toBe('ai_chat');
    expect(line.wording).not.toMatch(/Thanks, that helps|thank you|works now/i);
    expect(line.wording).toMatch(/leaks/);
    expect(line.line.startsWith(`"${line.wording}"`)).toBe(true);
  });
});

describe('what counts as settled or actionable', () => {
  const chat = (last: string) => `Customer: the lid leaks\nAssistant: Tighten it until it clicks.\nCustomer: ${last}`;
  it('a chat the customer closes pleased is settled, in any of the five languages', () => {
    for (const last of ['Ok.', 'Thanks, that helps.', 'Got it.', 'Obrigada, resolveu.', 'Gracias.', 'Danke, super.', 'Merci, parfait.'])
      expect(settledByBot({ text: chat(last), handledBy: 'automation' }), last).toBe(true);
  });
  it('a chat still open, or ended by the bot, or a plain message is not settled', () => {
    for (const last of ['Agent please.', 'That does not answer my question.', 'Thanks, but it still leaks.', 'Ok, and the refund?'])
      expect(settledByBot({ text: chat(last), handledBy: 'automation' }), last).toBe(false);
    expect(settledByBot({ text: 'Customer: the lid leaks\nAssistant: Tighten it.', handledBy: 'automation' })).toBe(false);
    expect(settledByBot({ text: 'Thanks. The lid leaks.', handledBy: 'human' })).toBe(false);
  });
  it('complaints rank before questions; positive and settled are out', () => {
    expect(actionableRank({ text: 'The lid leaks, awful', handledBy: 'human', sentiment: 'negative' })).toBe(0);
    expect(actionableRank({ text: 'Does the lid seal?', handledBy: 'human', sentiment: 'neutral' })).toBe(1);
    expect(actionableRank({ text: 'Love it', handledBy: 'human', sentiment: 'positive' })).toBe(-1);
    expect(actionableRank({ text: chat('Ok.'), handledBy: 'automation', sentiment: 'neutral' })).toBe(-1);
  });
});
