import { describe, expect, it } from 'vitest';
import { checkReply, findingCodes, hasBlocking } from './check-reply.js';
import { GUARDRAIL_CODES, GUARDRAIL_RULES, severityFor } from './guardrail-codes.js';
import { BAD_REPLIES, GOOD_REPLIES } from './guardrails.fixtures.js';

describe('guardrail fixtures: bad replies', () => {
  it('has at least 60 bad replies covering every code at least three times', () => {
    expect(BAD_REPLIES.length).toBeGreaterThanOrEqual(60);
    for (const code of GUARDRAIL_CODES) {
      const n = BAD_REPLIES.filter((f) => f.expect.some((x) => x.code === code)).length;
      expect(n, code).toBeGreaterThanOrEqual(3);
    }
  });

  for (const f of BAD_REPLIES) {
    it(`${f.id}: ${f.expect.map((x) => x.code).join(', ')}`, () => {
      const findings = checkReply({ text: f.text, public: f.public, context: f.context });
      expect(findingCodes(findings)).toEqual([...new Set(f.expect.map((x) => x.code))].sort());
      for (const want of f.expect) {
        const at = f.text.indexOf(want.words);
        expect(at, `fixture words "${want.words}" must be in the text`).toBeGreaterThanOrEqual(0);
        const covering = findings.filter((x) => x.code === want.code && x.start <= at && at + want.words.length <= x.end);
        expect(covering, `a ${want.code} span covering "${want.words}"`).toHaveLength(1);
      }
      for (const x of findings) {
        expect(x.blocking).toBe(severityFor(x.code, f.public) === 'block');
        expect(x.reason.length).toBeGreaterThan(20);
      }
    });
  }
});

describe('guardrail fixtures: good replies', () => {
  it('has at least 30 good replies', () => {
    expect(GOOD_REPLIES.length).toBeGreaterThanOrEqual(30);
  });
  for (const f of GOOD_REPLIES) {
    it(`${f.id} passes with no finding`, () => {
      const findings = checkReply({ text: f.text, public: f.public, context: f.context });
      expect(findings.map((x) => `${x.code}: ${f.text.slice(x.start, x.end)}`)).toEqual([]);
    });
  }
});

describe('checkReply channel rules', () => {
  it('skips personal data in a private reply but flags it in public', () => {
    const text = 'We refunded order #48213 to jo.smith@gmail.com.';
    expect(checkReply({ text, public: false })).toEqual([]);
    expect(findingCodes(checkReply({ text, public: true }))).toEqual(['pii_email', 'pii_order_number']);
  });

  it('lets a private reply ask for the order number', () => {
    expect(checkReply({ text: 'Could you send us your order number?', public: false })).toEqual([]);
    expect(hasBlocking(checkReply({ text: 'Could you send us your order number?', public: true }))).toBe(true);
  });

  it('accepts an ask for details that points to a private channel', () => {
    expect(checkReply({ text: 'Please email your order number to support@shop.example.', public: true })).toEqual([]);
    expect(checkReply({ text: 'DM us your shipping address and we will reship.', public: true })).toEqual([]);
  });

  it('still flags an ask that names a public place even with a private word nearby', () => {
    const codes = findingCodes(checkReply({ text: 'Post your email here or in our chat.', public: true }));
    expect(codes).toEqual(['asks_private_details_in_public']);
  });

  it('blocks blaming the customer in private too, but only warns on naming the carrier there', () => {
    const [f] = checkReply({ text: 'You must have ordered the wrong size.', public: false });
    expect(f?.code).toBe('argues_with_customer');
    expect(f?.blocking).toBe(true);
    const carrier = checkReply({ text: 'The courier lost it, that is on them, not on us.', public: false }).find(
      (x) => x.code === 'blames_carrier',
    );
    expect(carrier?.blocking).toBe(false);
  });

  it('blocks a reply of courtesy only and an outcome promise in private as well', () => {
    const empty = checkReply({
      text: 'Thank you for your feedback. We value all our customers and always strive for excellence.',
      public: false,
    });
    expect(empty.find((x) => x.code === 'answers_nothing')?.blocking).toBe(true);
    const promise = checkReply({ text: 'I am sorry about the leak. This will never happen again, guaranteed.', public: false });
    expect(promise.find((x) => x.code === 'absolute_promise')?.blocking).toBe(true);
  });

  it('allows an official phone number listed in the context', () => {
    const text = 'Call our care line on 0800 123 4567 and we will replace the kettle.';
    expect(findingCodes(checkReply({ text, public: true }))).toEqual(['pii_phone']);
    expect(checkReply({ text, public: true, context: { officialContacts: ['0800 123 4567'] } })).toEqual([]);
  });

  it('does not read dates or prices as phone numbers', () => {
    expect(checkReply({ text: 'Shipped on 02.11.2026 for $19.99; we are checking the batch.', public: true })).toEqual([]);
  });

  it('keeps promises the shop controls: shipping and update times', () => {
    expect(checkReply({ text: "We'll ship the replacement today and update you by Friday.", public: true })).toEqual([]);
  });

  it('does not call a template generic without the customer wording, but a courtesy-only reply answers nothing', () => {
    expect(findingCodes(checkReply({ text: 'Thank you for your feedback.', public: true }))).toEqual(['answers_nothing']);
    expect(checkReply({ text: 'Thank you for your feedback on the zip; we are replacing it.', public: true })).toEqual([]);
  });

  it('spans are indices into the reply text', () => {
    const text = 'Sorry! Your replacement will arrive Monday, Ali.';
    const [f] = checkReply({ text, public: true });
    expect(text.slice(f?.start, f?.end)).toBe('will arrive Monday');
  });

  it('returns nothing for an empty reply', () => {
    expect(checkReply({ text: '', public: true, context: { customerWording: 'broken' } })).toEqual([]);
  });
});

describe('guardrail code list', () => {
  it('has one rule per code with a reason', () => {
    expect(GUARDRAIL_RULES.map((r) => r.code)).toEqual([...GUARDRAIL_CODES]);
    for (const r of GUARDRAIL_RULES) expect(r.reason.length).toBeGreaterThan(30);
  });
  it('blocks personal data only in public', () => {
    expect(severityFor('pii_email', true)).toBe('block');
    expect(severityFor('pii_email', false)).toBe('skip');
    expect(severityFor('asks_to_change_review', false)).toBe('block');
  });
});
