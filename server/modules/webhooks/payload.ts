import { z } from 'zod';
import { PayloadError } from './connector.js';

/** JSON.parse and a schema check, both failing with a reason a person can act on (the field named). */
export function parsePayload<S extends z.ZodType>(schema: S, body: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    throw new PayloadError(`the body is not JSON (${String((e as Error).message).slice(0, 120)})`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new PayloadError(`${i.path.length ? i.path.join('.') : 'the body'}: ${i.message}`);
  }
  return r.data;
}

/** Checks what we built against the door's own schema, so a webhook stores nothing the API would refuse. */
export function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new PayloadError(`${what}: ${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}

// Ids past 2^53 (old Shopify line items) lose digits in JSON.parse; none of them is used as a key.
export const id = z.union([z.number(), z.string().min(1).max(100)]).transform(String);
export const str = z.string().max(100_000).nullish();
export const num = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish();
/** A date-time the sender wrote with an offset; stored as UTC ISO. */
export const when = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date-time')
  .transform((s) => new Date(s).toISOString());

/** Text kept within a column's limit. */
export const clip = (s: string | null | undefined, n: number): string | null => {
  const t = s?.replaceAll('\u0000', '').trim();
  return t ? t.slice(0, n) : null;
};
