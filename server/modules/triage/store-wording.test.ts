import { describe, expect, it } from 'vitest';
import { loadBaseModel } from './base-model.js';
import { triageSignal } from './triage-signal.js';
import { customerText, findTurns } from './turns.js';

// Rules alone (no model): the wording families of shop messages (connected devices, chasing a
// parcel, pre-sale questions, chat transcripts with a bot), written as general phrases.
const types = (text: string, title?: string) => triageSignal({ text, title }, { model: null }).issueTypes;
const stage = (text: string) => triageSignal({ text }, { model: null }).stage;

const CASES: [string, string][] = [
  ['setup_usage', 'The plug will not connect to Wi-Fi, the app gets to 99% then fails.'],
  ['setup_usage', 'Cannot pair it, the light just keeps blinking.'],
  ['setup_usage', 'The plugs are not showing in the app even after a reset.'],
  ['setup_usage', 'Setup gets stuck at 99% and then says device offline.'],
  ['setup_usage', 'Does it work on a 5 GHz network?'],
  ['setup_usage', 'Does the doorbell need a hub?'],
  ['setup_usage', 'Is it easy to set up for someone not techy?'],
  ['setup_usage', 'Since the firmware update it drops offline every hour.'],
  ['delivery_delay', 'Do you ship from a local warehouse or from overseas?'],
  ['delivery_delay', 'If I order today, will it arrive before the weekend?'],
  ['delivery_delay', 'How long does delivery to Canada take?'],
  ['delivery_delay', 'Can I get express shipping?'],
  ['delivery_delay', 'Any update on my parcel? Tracking looks quiet.'],
  ['delivery_delay', 'It has been 12 days and nothing, way past the delivery window.'],
  ['ai_wrong_answer', 'I was told by your bot that I could still return it.'],
  [
    'ai_wrong_answer',
    'Customer: Can I return it?\nAssistant: Yes, within 90 days.\nCustomer: Are you sure? Your returns page says 30 days though.',
  ],
  ['missing_item', 'The kettle came with no lid.'],
  ['missing_item', 'No charging cable in the box.'],
  ['payment_checkout', 'Do you take PayPal?'],
  ['payment_checkout', 'Can I pay in instalments?'],
  ['fit_size', 'What are the dimensions when packed?'],
  ['fit_size', 'Will the bag fit under a plane seat?'],
  ['material_quality', 'Is the shirt really 100% linen?'],
  ['warranty_policy', 'Can I return it if it does not fit?'],
  ['support_experience', 'It took days to get a real answer.'],
];

describe('shop wording', () => {
  for (const [type, text] of CASES) it(`${type}: "${text.replace(/\n/g, ' / ')}"`, () => expect(types(text)).toContain(type));

  it('charging a phone is not a payment', () =>
    expect(types('Great power bank, charged my phone twice on a flight.')).not.toContain('payment_checkout'));
  it('"wrong size for me" is a fit, not a wrong item', () =>
    expect(types('Wrong size for me: the jacket runs small.')).not.toContain('wrong_item'));
  it('"are you sure?" needs a bot answer before it', () =>
    expect(types('Are you sure? I thought it was blue.')).not.toContain('ai_wrong_answer'));
});

describe('chat transcripts', () => {
  const chat =
    'Customer: Does it need a hub?\nAssistant: Hold the button until the light blinks. Great choice!\nCustomer: Perfect, thanks.';
  it('the assistant lines are found and blanked, offsets kept', () => {
    const said = customerText(chat);
    expect(said.length).toBe(chat.length);
    expect(said).not.toContain('blinks');
    expect(findTurns('No transcript here: just a colon.').firstBotEnd).toBe(-1);
  });
  it("the bot's words never label the signal", () => {
    const r = triageSignal({ text: chat, channel: 'ai_chat' }, { model: null });
    expect(r.issueTypes).toEqual(['setup_usage']);
    for (const l of r.labels) for (const s of l.spans) expect(s.start).toBeLessThan(chat.indexOf('Assistant'));
  });
  it('thanking the bot is not praise, "not helpful" to the bot is not a support complaint', () => {
    expect(types('Customer: Do you ship to Canada?\nAssistant: Yes.\nCustomer: Great, thank you.')).not.toContain('praise');
    expect(types('Customer: Do you ship to Canada?\nAssistant: Maybe.\nCustomer: This is not helpful.')).not.toContain(
      'support_experience',
    );
  });
});

describe('stage', () => {
  it('an opening question with no order is pre-sale', () => {
    expect(stage('Hi! Does it work on a 5 GHz network? Thanks!')).toBe('pre_sale');
    expect(stage('Question about the rain jacket: is it long enough for someone tall?')).toBe('pre_sale');
    expect(stage('Hello, I am between sizes, should I size up?')).toBe('pre_sale');
    expect(stage('Customer: Do you take PayPal?\nAssistant: Yes, and your order ships today.\nCustomer: Got it.')).toBe('pre_sale');
    expect(stage('É fácil de configurar?')).toBe('pre_sale');
  });
  it('a complaint with a question after it stays post-purchase', () => {
    expect(stage('the jacket runs small, my usual M is tight Can I swap it for the next size up?')).toBe('post_purchase');
    expect(stage('Where is the strap? My duffel arrived without it.')).toBe('post_purchase');
    expect(stage('Any update on order WB-100308?')).toBe('post_purchase');
    expect(stage('Can I send back the tee? It has been around 40 days.')).toBe('post_purchase');
  });
  it("next to a complaint, praise needs the customer's own positive words", () => {
    // The base model alone reads size talk as praise (fashion reviews that talk sizes mostly praise).
    const model = loadBaseModel();
    for (const text of [
      'Size problem | The jacket runs small, my usual L is tight across the shoulders.',
      'Too small | The jacket runs small, my usual M is tight across the shoulders.',
    ]) {
      const [title, body] = text.split(' | ');
      const r = triageSignal({ title, text: body ?? '' }, { model });
      expect(r.issueTypes).toContain('fit_size');
      expect(r.issueTypes).not.toContain('praise');
    }
    expect(triageSignal({ text: 'Love the colour but it runs small.' }, { model }).issueTypes).toEqual(
      expect.arrayContaining(['praise', 'fit_size']),
    );
  });
  it('a short vague text gets no problem the model alone would guess', () => {
    const model = loadBaseModel();
    for (const text of ['Thanks', 'Not sure about this one.', 'It is what it is.'])
      expect(triageSignal({ text }, { model }).issueTypes).toEqual([]);
  });
  it('before a purchase nothing has differed from the listing yet', () => {
    const r = triageSignal({ text: 'Is the navy darker in person than in the photos?' }, { model: null });
    expect(r.stage).toBe('pre_sale');
    expect(r.issueTypes).not.toContain('listing_mismatch');
    expect(triageSignal({ text: 'The colour is darker than in the photo.' }, { model: null }).issueTypes).toContain('listing_mismatch');
  });
  it('before a purchase a damage reading is dropped and a return question is about policy', () => {
    const r = triageSignal({ text: 'Can I return it if it does not fit?' }, { model: null });
    expect(r.stage).toBe('pre_sale');
    expect(r.issueTypes).toContain('warranty_policy');
    expect(r.issueTypes).not.toContain('returns_refunds');
  });
});
