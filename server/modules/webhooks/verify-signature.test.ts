import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyBase64Hmac, verifyStripe } from './verify-signature.js';

describe('Shopify / WooCommerce base64 HMAC', () => {
  // The public vector from Shopify/shopify-api-js validate.test.ts (CONNECTORS.md §1.2).
  const body = Buffer.from('{"foo": "bar"}');
  const vector = 'B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=';

  it('accepts the public test vector', () => {
    expect(verifyBase64Hmac(body, vector, ['test_secret_key'], 'X-Shopify-Hmac-Sha256')).toEqual({ ok: true });
  });
  it('accepts it with either secret during a rotation', () => {
    expect(verifyBase64Hmac(body, vector, ['new_secret', 'test_secret_key'], 'h').ok).toBe(true);
  });
  it('refuses a changed byte, a wrong secret, a missing header and no secret', () => {
    expect(verifyBase64Hmac(Buffer.from('{"foo":"bar"}'), vector, ['test_secret_key'], 'h').ok).toBe(false);
    expect(verifyBase64Hmac(body, vector, ['other'], 'h').ok).toBe(false);
    expect(verifyBase64Hmac(body, undefined, ['test_secret_key'], 'h')).toEqual({ ok: false, reason: 'no h header' });
    expect(verifyBase64Hmac(body, vector, [], 'h').ok).toBe(false);
    expect(verifyBase64Hmac(body, 'garbage', ['test_secret_key'], 'h').ok).toBe(false);
  });
});

describe('Stripe-Signature', () => {
  // stripe-python tests/test_webhook.py DUMMY_WEBHOOK_PAYLOAD, secret whsec_test_secret, t=12345 (CONNECTORS.md §5.2).
  const payload = Buffer.from(
    '{\n  "id": "evt_test_webhook",\n  "object": "event",\n  "data": { "object": { "id": "rdr_123", "object": "terminal.reader" } }\n}',
  );
  const header = 't=12345,v1=07b1ede164afb7b5de91267ffa656f568c65d6e0783ce0ac55ee094643578eda';

  it('verifies the t=12345 header without a tolerance, and refuses it as too old with one', () => {
    expect(verifyStripe(payload, header, ['whsec_test_secret'], Date.now(), 0)).toMatchObject({ ok: true, timestamp: 12345 });
    expect(verifyStripe(payload, header, ['whsec_test_secret'], Date.now())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/300 s old/),
    });
    // Within 300 s of t it passes with the default tolerance.
    expect(verifyStripe(payload, header, ['whsec_test_secret'], (12345 + 299) * 1000).ok).toBe(true);
    expect(verifyStripe(payload, header, ['whsec_test_secret'], (12345 + 301) * 1000).ok).toBe(false);
  });
  it('matches the HMAC primitive vectors of stripe-node', () => {
    const hex = (s: string) => createHmac('sha256', 'test_secret').update(s).digest('hex');
    expect(hex('')).toBe('f7f9bd47fb987337b5796fdc1fdb9ba221d0d5396814bfcaf9521f43fd8927fd');
    expect(hex('{"obj1":"hello","obj2":"world"}')).toBe('bebb1a643997f419b315ddba19e6f5411e1ce7f810ba6d3617ce72823092f363');
    expect(hex('\ud83d\ude00')).toBe('837da296d05c4fe31f61d5d7ead035099d9585a5bcde87de952012a78f0b0c43');
  });
  it('accepts when any v1 matches and ignores v0', () => {
    const multi = `t=12345,v0=${'0'.repeat(64)},v1=${'a'.repeat(64)},v1=07b1ede164afb7b5de91267ffa656f568c65d6e0783ce0ac55ee094643578eda`;
    expect(verifyStripe(payload, multi, ['whsec_test_secret'], 12345_000).ok).toBe(true);
  });
  it('refuses a tampered body, a wrong secret, a missing t or v1, and no header', () => {
    const tampered = Buffer.from(payload.toString().replace('rdr_123', 'rdr_124'));
    expect(verifyStripe(tampered, header, ['whsec_test_secret'], 12345_000).ok).toBe(false);
    expect(verifyStripe(payload, header, ['whsec_other'], 12345_000).ok).toBe(false);
    expect(
      verifyStripe(payload, 'v1=07b1ede164afb7b5de91267ffa656f568c65d6e0783ce0ac55ee094643578eda', ['whsec_test_secret'], 12345_000).ok,
    ).toBe(false);
    expect(verifyStripe(payload, 't=12345', ['whsec_test_secret'], 12345_000).ok).toBe(false);
    expect(verifyStripe(payload, undefined, ['whsec_test_secret'], 12345_000).ok).toBe(false);
  });
});
