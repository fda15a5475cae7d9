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

export async function evalTriageCommand({ inPath, out, model, json, minSupport }: EvalTriageOptions): Promise<Evaluation> {
  const ctx = { model: resolveModel(model) };
  const predictions: string[][] = [];
  const gold: string[][] = [];
  const errors: string[] = [];
  for await (const { n, value, error } of jsonLines(inPath)) {
    try {
      if (error) throw new Error(error);
      const input = labelledSchema.parse(value);
      predictions.push(triageSignal(input, ctx).issueTypes);
      gold.push(input.labels);
    } catch (err) {
      errors.push(`line ${n}: ${describe(err)}`);
    }
  }
  const result = evaluate(predictions, gold, minSupport);
  if (json) await write(out, `${JSON.stringify({ ...result, errors })}\n`);
  else {
    await write(out, `${formatEvaluation(result)}\n`);
    for (const e of errors) await write(out, `skipped ${e}\n`);
  }
  return result;
}
