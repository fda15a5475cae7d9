import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaText } from './schema-text.js';

// Schemas as the server writes them (zod's toJSONSchema), read back as one line each.
const text = (s: z.ZodType) => schemaText(z.toJSONSchema(s, { io: 'input' }) as never);

describe('schemaText', () => {
  it('says lengths, ranges and defaults', () => {
    expect(text(z.string().min(1).max(200))).toBe('string, 1–200 characters');
    expect(text(z.coerce.number().int().min(1).max(500).default(50))).toBe('integer, 1–500, default 50');
    expect(text(z.number().int().positive())).toBe('integer, at least 1');
    expect(text(z.number().min(-5).max(5))).toBe('number, -5–5');
    expect(text(z.number().positive())).toBe('number, more than 0');
  });

  it('lists enum values and nullable choices', () => {
    expect(text(z.enum(['open', 'pending']))).toBe('one of: open, pending');
    expect(text(z.string().max(100).nullish())).toBe('string, at most 100 characters, or null');
    expect(
      text(
        z
          .array(z.enum(['a', 'b']))
          .min(1)
          .max(16),
      ),
    ).toBe('list of one of: a, b, 1–16 items');
  });

  it('names formats without their long patterns', () => {
    expect(text(z.iso.datetime({ offset: true }))).toMatch(/^string \(date-time\), matching /);
    expect(text(z.string().regex(/^\d+$/))).toBe('string, matching ^\\d+$');
  });
});
