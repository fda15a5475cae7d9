import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** A link stays good this long unless asked otherwise: long enough for a return window. */
export const LINK_DAYS = { default: 90, max: 730 } as const;

/** One sentence whether the link was altered, expired or names no order. */
export const LINK_REFUSED_MESSAGE = 'This link cannot be used any more. Please enter your order number and the email address on the order.';

/** The store's secret, made on first use (32 random bytes); kept only in the database. */
async function linkSecret(db: Db, at: Date): Promise<Buffer> {
  await db
    .insertInto('portal_link_secret')
    .values({ id: 1, secret: randomBytes(32), created_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db.selectFrom('portal_link_secret').select('secret').where('id', '=', 1).executeTakeFirstOrThrow();
  return Buffer.from(row.secret);
}

const mac = (secret: Buffer, payload: string) => createHmac('sha256', secret).update(payload).digest().subarray(0, 16);

/**
 * The link a shop puts in one order's emails: `<order id>.<expiry>.<HMAC>` in base64url, where
 * the HMAC-SHA256 (128 bits kept) covers the order id and the expiry with the store's secret.
 * Opening it identifies the order without typing its number and email.
 */
export async function signOrderLink(
  db: Db,
  orderId: string,
  now: Date,
  days: number = LINK_DAYS.default,
): Promise<{ link: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const payload = `${Buffer.from(orderId).toString('base64url')}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  return { link: `${payload}.${mac(await linkSecret(db, now), payload).toString('base64url')}`, expiresAt };
}

/**
 * The order a link names, or null when it was altered, has expired or is malformed: the caller
 * gives one answer for all three. The MAC is compared in constant time.
 */
export async function verifyOrderLink(db: Db, link: string, now: Date): Promise<string | null> {
  const m = /^([A-Za-z0-9_-]{1,200})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(link);
  if (!m) return null;
  const payload = `${m[1]}.${m[2]}`;
  const given = Buffer.from(m[3]!, 'base64url');
  const want = mac(await linkSecret(db, now), payload);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return null;
  if (Number.parseInt(m[2]!, 36) * 1000 <= now.getTime()) return null;
  return Buffer.from(m[1]!, 'base64url').toString();
}
