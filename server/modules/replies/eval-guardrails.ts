// `writeback eval guardrails --in FILE.jsonl`: how often the reply guardrails block the replies a
// person labelled bad, and how often they block the good ones, overall, per category and per
// language. A reply counts as blocked when at least one finding blocks on its channel, which is what
// stops an agent's send. Lines: {id, text, public, bad, language?, category?, context?}.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { checkReply } from './check-reply.js';
import type { GuardrailCode } from './guardrail-codes.js';

const labelledLine = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  public: z.boolean(),
  bad: z.boolean(),
  language: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
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
export type LabelledReply = z.infer<typeof labelledLine>;

export interface Share {
  n: number;
  blocked: number;
  /** blocked / n; 0 when n is 0. */
  share: number;
}

export interface GuardrailEvaluation {
  items: number;
  /** Share of bad replies blocked (higher is better). */
  bad: Share;
  /** Share of good replies blocked (lower is better). */
  good: Share;
  byCategory: { category: string; bad: boolean; n: number; blocked: number; share: number }[];
  byLanguage: { language: string; bad: Share; good: Share }[];
  /** How many blocked replies carried each blocking code. */
  byCode: { code: GuardrailCode; replies: number }[];
  /** Ids of bad replies that passed, and of good replies that were blocked. */
  missed: (string | number)[];
  overblocked: (string | number)[];
}

const share = (n: number, blocked: number): Share => ({ n, blocked, share: n === 0 ? 0 : blocked / n });

export function evaluateGuardrails(rows: readonly LabelledReply[]): GuardrailEvaluation {
  const cats = new Map<string, { bad: boolean; n: number; blocked: number }>();
  const langs = new Map<string, { bad: [number, number]; good: [number, number] }>();
  const codes = new Map<GuardrailCode, number>();
  const missed: (string | number)[] = [];
  const overblocked: (string | number)[] = [];
  let bad = 0;
  let badBlocked = 0;
  let good = 0;
  let goodBlocked = 0;
  for (const r of rows) {
    const findings = checkReply({ text: r.text, public: r.public, context: r.context });
    const blocking = [...new Set(findings.filter((f) => f.blocking).map((f) => f.code))];
    const blocked = blocking.length > 0;
    for (const c of blocking) codes.set(c, (codes.get(c) ?? 0) + 1);
    if (r.bad) {
      bad++;
      if (blocked) badBlocked++;
      else missed.push(r.id);
    } else {
      good++;
      if (blocked) {
        goodBlocked++;
        overblocked.push(r.id);
      }
    }
    const category = r.category ?? (r.bad ? 'bad' : 'good');
    const c = cats.get(`${r.bad}:${category}`) ?? { bad: r.bad, n: 0, blocked: 0 };
    c.n++;
    if (blocked) c.blocked++;
    cats.set(`${r.bad}:${category}`, c);
    const language = r.language ?? 'und';
    const l = langs.get(language) ?? { bad: [0, 0], good: [0, 0] };
    const side = r.bad ? l.bad : l.good;
    side[0]++;
    if (blocked) side[1]++;
    langs.set(language, l);
  }
  return {
    items: rows.length,
    bad: share(bad, badBlocked),
    good: share(good, goodBlocked),
    byCategory: [...cats.entries()]
      .map(([key, c]) => ({ category: key.slice(key.indexOf(':') + 1), ...c, share: c.n === 0 ? 0 : c.blocked / c.n }))
      .sort((a, b) => Number(b.bad) - Number(a.bad) || a.category.localeCompare(b.category)),
    byLanguage: [...langs.entries()]
      .map(([language, l]) => ({ language, bad: share(l.bad[0], l.bad[1]), good: share(l.good[0], l.good[1]) }))
      .sort((a, b) => a.language.localeCompare(b.language)),
    byCode: [...codes.entries()]
      .map(([code, replies]) => ({ code, replies }))
      .sort((a, b) => b.replies - a.replies || a.code.localeCompare(b.code)),
    missed,
    overblocked,
  };
}

/** Reads the labelled file; a bad line is an error naming its line number and field, since a half-read set gives figures nobody should trust. */
export async function readLabelledReplies(inPath: string): Promise<LabelledReply[]> {
  const input = createInterface({ input: createReadStream(inPath, { encoding: 'utf8' }), crlfDelay: Infinity });
  const rows: LabelledReply[] = [];
  let lineNo = 0;
  for await (const raw of input) {
    lineNo++;
    if (raw.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new Error(`${inPath} line ${lineNo}: not valid JSON`);
    }
    const result = labelledLine.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${inPath} line ${lineNo}: ${issue.path.length > 0 ? issue.path.join('.') : 'line'}: ${issue.message}`);
    }
    rows.push(result.data);
  }
  return rows;
}

export interface Output {
  write(chunk: string): unknown;
}

export async function evalGuardrailsCommand({
  inPath,
  out,
  json,
}: {
  inPath: string;
  out: Output;
  json?: boolean;
}): Promise<GuardrailEvaluation> {
  const evaluation = evaluateGuardrails(await readLabelledReplies(inPath));
  out.write(json ? JSON.stringify(evaluation) + '\n' : formatEvaluation(evaluation));
  return evaluation;
}

const pct = (s: { share: number }) => `${(100 * s.share).toFixed(1)}%`.padStart(6);
const frac = (s: { n: number; blocked: number }) => `${s.blocked}/${s.n}`.padStart(9);

export function formatEvaluation(e: GuardrailEvaluation): string {
  const lines = [
    `reply guardrails on ${e.items} labelled replies`,
    `  bad replies blocked  ${frac(e.bad)} ${pct(e.bad)}   (higher is better)`,
    `  good replies blocked ${frac(e.good)} ${pct(e.good)}   (lower is better)`,
    '',
    'by category            label   blocked  share',
    ...e.byCategory.map((c) => `  ${c.category.padEnd(20)} ${(c.bad ? 'bad' : 'good').padEnd(5)} ${frac(c)} ${pct(c)}`),
    '',
    'by language   bad blocked        good blocked',
    ...e.byLanguage.map((l) => `  ${l.language.padEnd(10)} ${frac(l.bad)} ${pct(l.bad)}   ${frac(l.good)} ${pct(l.good)}`),
  ];
  if (e.missed.length > 0) lines.push('', `bad replies that passed: ${e.missed.join(', ')}`);
  if (e.overblocked.length > 0) lines.push(`good replies blocked: ${e.overblocked.join(', ')}`);
  return lines.join('\n') + '\n';
}
