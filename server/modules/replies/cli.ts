// Door for `writeback reply check --in FILE.jsonl`: other tools depend on this contract, so the output
// shape is fixed: one JSON line per input line, in input order. It needs no database: only the file
// and the pure checker. A bad line becomes an error line naming its line number and the rest go on,
// so one broken record never hides the verdicts on the others.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { checkReply } from './check-reply.js';

const replyLine = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  public: z.boolean(),
  context: z
    .object({
      customerWording: z.string().optional(),
      orderId: z.string().optional(),
      customerEmail: z.string().optional(),
      customerPhone: z.string().optional(),
      customerAddress: z.string().optional(),
      officialContacts: z.array(z.string()).optional(),
    })
    .optional(),
});

export interface ReplyCheckSummary {
  lines: number;
  checked: number;
  errors: number;
  withBlocking: number;
}

export interface Output {
  write(chunk: string): unknown;
}

export async function replyCheckCommand({ inPath, out }: { inPath: string; out: Output }): Promise<ReplyCheckSummary> {
  const summary: ReplyCheckSummary = { lines: 0, checked: 0, errors: 0, withBlocking: 0 };
  const input = createInterface({ input: createReadStream(inPath, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of input) {
    lineNo++;
    // Blank lines (a trailing newline, a spacer) carry no record; reporting them would be noise.
    if (raw.trim() === '') continue;
    summary.lines++;
    const result = checkLine(raw, lineNo);
    if ('error' in result) summary.errors++;
    else {
      summary.checked++;
      if (result.findings.some((f) => f.blocking)) summary.withBlocking++;
    }
    out.write(JSON.stringify(result) + '\n');
  }
  return summary;
}

type LineResult = { id: string | number; findings: ReturnType<typeof checkReply> } | { line: number; id?: string | number; error: string };

export function checkLine(raw: string, lineNo: number): LineResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { line: lineNo, error: `line ${lineNo}: not valid JSON` };
  }
  const result = replyLine.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : 'line';
    const id = idOf(parsed);
    return { line: lineNo, ...(id !== undefined ? { id } : {}), error: `line ${lineNo}: ${field}: ${issue.message}` };
  }
  const { id, text, context } = result.data;
  return { id, findings: checkReply({ text, public: result.data.public, context }) };
}

function idOf(value: unknown): string | number | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return undefined;
}
