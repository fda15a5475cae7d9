import { z } from 'zod';

/** Shared query-string pieces for list endpoints. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
};
export const dateQuery = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v));
/** A row id in a query string: digits that fit a bigint column and a JavaScript number exactly. */
export const idText = z.string().regex(/^\d{1,15}$/, 'must be an id: up to 15 digits');
