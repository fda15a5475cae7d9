import { createHash, randomBytes } from 'node:crypto';

/**
 * Where random bytes come from: the system's generator, except for the demo store, which files
 * its complaints with a seeded source so the same seed gives the same references and links.
 */
export type RandomBytes = (n: number) => Buffer;
export const systemRandom: RandomBytes = (n) => randomBytes(n);

/** 256 random bits: the status link is the only key to a complaint, so it must not be guessable. */
export function newStatusToken(random: RandomBytes = systemRandom): string {
  return random(32).toString('base64url');
}

/** Only the digest is stored: a copy of the database opens nobody's status page. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Crockford's alphabet: no I, L, O or U to misread on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "C-7K2M-9QXA": what the customer quotes; it opens nothing by itself. */
export function newReference(random: RandomBytes = systemRandom): string {
  const b = random(8);
  const s = [...b].map((x) => ALPHABET[x % 32]).join('');
  return `C-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** A stored file's name: random, never anything the customer sent. */
export function newFileName(ext: string, random: RandomBytes = systemRandom): string {
  return `${random(16).toString('hex')}.${ext}`;
}
