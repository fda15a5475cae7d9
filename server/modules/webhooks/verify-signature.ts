// Signature checks for incoming webhooks, each over the raw body bytes exactly as received (a
// re-serialised JSON body does not verify) and compared in constant time. The schemes are the
// senders' own: ../shared/CONNECTORS.md §0, §1.2, §5.2.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Verdict = { ok: true } | { ok: false; reason: string };

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** base64(HMAC-SHA256(secret, body)): Shopify's X-Shopify-Hmac-Sha256 and WooCommerce's X-WC-Webhook-Signature. */
export function verifyBase64Hmac(body: Buffer, header: string | undefined, secrets: readonly string[], name: string): Verdict {
  if (!header) return { ok: false, reason: `no ${name} header` };
  const given = Buffer.from(header.trim(), 'base64');
  // Any secret may match: during a rotation the sender signs with the old one for a while.
  for (const secret of secrets) if (sameBytes(createHmac('sha256', secret).update(body).digest(), given)) return { ok: true };
  return { ok: false, reason: `${name} does not match the body` };
}

/** Stripe's default: an event older than this is refused as a possible replay. */
export const STRIPE_TOLERANCE_SECONDS = 300;

/**
 * `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]`: HMAC-SHA256 of "<t>.<body>", lowercase hex.
 * Any v1 may match (Stripe signs with old and new secrets during a roll); other schemes are
 * ignored. The age check is one-sided: only too old is refused. tolerance 0 skips it.
 */
export function verifyStripe(
  body: Buffer,
  header: string | undefined,
  secrets: readonly string[],
  nowMs: number,
  toleranceSeconds = STRIPE_TOLERANCE_SECONDS,
): Verdict & { timestamp?: number } {
  if (!header) return { ok: false, reason: 'no Stripe-Signature header' };
  let t: number | undefined;
  const v1: Buffer[] = [];
  for (const part of header.split(',')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const key = part.slice(0, i).trim();
    const value = part.slice(i + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) t = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) v1.push(Buffer.from(value, 'hex'));
  }
  if (t === undefined) return { ok: false, reason: 'Stripe-Signature has no timestamp (t=)' };
  if (v1.length === 0) return { ok: false, reason: 'Stripe-Signature has no v1 signature' };
  const signed = Buffer.concat([Buffer.from(`${t}.`), body]);
  const match = secrets.some((secret) => {
    const expected = createHmac('sha256', secret).update(signed).digest();
    return v1.some((sig) => sameBytes(sig, expected));
  });
  if (!match) return { ok: false, reason: 'Stripe-Signature does not match the body' };
  if (toleranceSeconds > 0 && nowMs / 1000 - t > toleranceSeconds)
    return { ok: false, reason: `Stripe-Signature timestamp is more than ${toleranceSeconds} s old` };
  return { ok: true, timestamp: t };
}
