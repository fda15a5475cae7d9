import type { z } from 'zod';
import { AppError, zodIssues, type FieldIssue } from '../errors.js';

/** Parses input at a door; on failure the error names every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix: PropertyKey[] = []): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = zodIssues(r.error, prefix);
  throw new AppError('invalid_input', summarize(issues), issues);
}

/** A batch is validated whole first; every bad item is named by index, and nothing is stored. */
export function parseBatch<S extends z.ZodType>(schema: S, values: unknown[]): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  const issues: FieldIssue[] = [];
  values.forEach((v, i) => {
    const r = schema.safeParse(v);
    if (r.success) out.push(r.data);
    else issues.push(...zodIssues(r.error, [i]));
  });
  if (issues.length) throw new AppError('invalid_input', summarize(issues), issues);
  return out;
}

function summarize(issues: FieldIssue[]): string {
  const head = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  return issues.length > 3 ? `${head}; and ${issues.length - 3} more` : head;
}

/**
 * A POST body holding one object or an array of up to `max`: parsed, validated whole,
 * and returned with whether it was a batch.
 */
export async function readOneOrBatch<S extends z.ZodType>(
  req: { json(): Promise<unknown> },
  schema: S,
  max: number,
): Promise<{ items: z.infer<S>[]; batch: boolean }> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
  }
  if (!Array.isArray(body)) return { items: [parseInput(schema, body)], batch: false };
  if (body.length > max) throw new AppError('payload_too_large', `a batch holds at most ${max} items; this one has ${body.length}`);
  if (body.length === 0) throw new AppError('invalid_input', '(body): an empty batch', [{ path: '(body)', message: 'an empty batch' }]);
  return { items: parseBatch(schema, body), batch: true };
}
