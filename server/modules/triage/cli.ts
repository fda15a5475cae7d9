/**
 * The CLI doors: `writeback triage --in FILE.jsonl` and `writeback eval triage --in LABELLED.jsonl`.
 * The dispatcher parses arguments and calls these; they validate each line, call triage, present.
 * A bad line becomes an error line naming its number; the other lines still go through.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { CHANNELS } from '../../../contracts/signal.js';
import { loadBaseModel, loadModelFile } from './base-model.js';
import { evaluate, formatEvaluation, type Evaluation } from './evaluate.js';
import type { TriageModel } from './model.js';
import { presentTriage } from './present-triage.js';
import { triageSignal } from './triage-signal.js';
import type { SellerRule } from './types.js';

const lineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string().min(1, 'must not be empty'),
  title: z.string().nullish(),
  channel: z.enum(CHANNELS).nullish(),
  rating: z.number().int().min(1).max(5).nullish(),
  language: z.string().min(2).max(10).nullish(),
});
const labelledSchema = lineSchema.extend({ labels: z.array(z.string()) });

/** undefined: the shipped base model; null: rules only; a string: a model file. */
export type ModelOption = TriageModel | string | null | undefined;

function resolveModel(model: ModelOption): TriageModel | null {
  if (model === undefined) return loadBaseModel();
  if (typeof model === 'string') return loadModelFile(model);
  return model;
}

function describe(err: unknown): string {
  if (err instanceof z.ZodError) return err.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  return err instanceof Error ? err.message : String(err);
}

async function* jsonLines(inPath: string): AsyncGenerator<{ n: number; value?: unknown; error?: string }> {
  const rl = createInterface({ input: createReadStream(inPath, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    try {
      yield { n, value: JSON.parse(line) };
    } catch {
      yield { n, error: 'not valid JSON' };
    }
  }
}

function write(out: NodeJS.WritableStream, s: string): Promise<void> | void {
  if (!out.write(s)) return new Promise((resolve) => out.once('drain', () => resolve()));
}

export interface TriageFileOptions {
  inPath: string;
  out: NodeJS.WritableStream;
  model?: ModelOption;
  sellerRules?: SellerRule[] | null;
}

export async function triageFileCommand({
  inPath,
  out,
  model,
  sellerRules,
}: TriageFileOptions): Promise<{ triaged: number; failed: number }> {
  const ctx = { model: resolveModel(model), sellerRules };
  let triaged = 0;
  let failed = 0;
  for await (const { n, value, error } of jsonLines(inPath)) {
    let line: string;
    try {
      if (error) throw new Error(error);
      const input = lineSchema.parse(value);
      line = JSON.stringify(presentTriage(input.id, triageSignal(input, ctx)));
      triaged++;
    } catch (err) {
      failed++;
      const id = (value as { id?: unknown } | undefined)?.id;
      line = JSON.stringify({ line: n, ...(id !== undefined ? { id } : {}), error: `line ${n}: ${describe(err)}` });
    }
    await write(out, `${line}\n`);
  }
  return { triaged, failed };
}

export interface EvalTriageOptions {
  inPath: string;
  out: NodeJS.WritableStream;
  model?: ModelOption;
  json?: boolean;
  minSupport?: number;
}

/** The whole file's figures, and each language's when lines carry `language`. */
export type FileEvaluation = Evaluation & { byLanguage?: Record<string, Evaluation> };

export async function evalTriageCommand({ inPath, out, model, json, minSupport }: EvalTriageOptions): Promise<FileEvaluation> {
  const ctx = { model: resolveModel(model) };
  const predictions: string[][] = [];
  const gold: string[][] = [];
  const languages: (string | undefined)[] = [];
  const errors: string[] = [];
  for await (const { n, value, error } of jsonLines(inPath)) {
    try {
      if (error) throw new Error(error);
      const input = labelledSchema.parse(value);
      predictions.push(triageSignal(input, ctx).issueTypes);
      gold.push(input.labels);
      languages.push(input.language?.toLowerCase() ?? undefined);
    } catch (err) {
      errors.push(`line ${n}: ${describe(err)}`);
    }
  }
  const result: FileEvaluation = evaluate(predictions, gold, minSupport);
  // Per language, over the lines that name one (a line without `language` counts only overall).
  const named = [...new Set(languages.filter((l): l is string => !!l))].sort();
  if (named.length) {
    result.byLanguage = Object.fromEntries(
      named.map((lang) => {
        const at = languages.map((l, i) => (l === lang ? i : -1)).filter((i) => i >= 0);
        return [
          lang,
          evaluate(
            at.map((i) => predictions[i]!),
            at.map((i) => gold[i]!),
            minSupport,
          ),
        ];
      }),
    );
  }
  if (json) await write(out, `${JSON.stringify({ ...result, errors })}\n`);
  else {
    await write(out, `--- all languages\n${formatEvaluation(result)}\n`);
    for (const [lang, e] of Object.entries(result.byLanguage ?? {})) await write(out, `\n--- language ${lang}\n${formatEvaluation(e)}\n`);
    for (const e of errors) await write(out, `skipped ${e}\n`);
  }
  return result;
}
