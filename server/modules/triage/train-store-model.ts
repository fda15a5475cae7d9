import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { appendEvents } from '../../platform/events.js';
import { trainModel, type TrainingExample } from './train-model.js';
import { triageSignal } from './triage-signal.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { loadActiveModel, loadSellerRules, saveModel } from './triage-repository.js';
import { labelledSignals, type LabelledSignal } from '../signals/index.js';

export interface TrainResult {
  version: string;
  corrections: number;
  weakExamples: number;
  activated: boolean;
  evaluation: { candidate: Evaluation; current: Evaluation } | null;
  reason: string;
}

/**
 * Trains the store's own model. An agent's label correction is a full-weight example; the
 * store's other triaged signals join at low weight with their current labels, so a handful of
 * corrections moves the model without it forgetting what the base model knew. One correction in
 * five is held back to compare the new model with the current one; the new one becomes active
 * only when it does at least as well there.
 */
export async function trainStoreModel(
  deps: { db: Kysely<DB>; clock: Clock },
  opts: { weakLimit?: number; minCorrections?: number } = {},
): Promise<TrainResult> {
  const corrected = await labelledSignals(deps.db, { corrected: true });
  const version = `store-${deps.clock.now().toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
  if (corrected.length < (opts.minCorrections ?? 5)) {
    return {
      version,
      corrections: corrected.length,
      weakExamples: 0,
      activated: false,
      evaluation: null,
      reason: `needs at least ${opts.minCorrections ?? 5} label corrections; the store has ${corrected.length}`,
    };
  }
  const weak = await labelledSignals(deps.db, { corrected: false, limit: opts.weakLimit ?? 5000 });
  const toExample = (r: LabelledSignal, weight: number): TrainingExample => ({
    text: r.text,
    title: r.title,
    language: r.language,
    rating: r.rating,
    labels: r.issueTypes,
    weight,
  });
  const heldOut = corrected.filter((_, i) => i % 5 === 4);
  const train = [...corrected.filter((_, i) => i % 5 !== 4).map((r) => toExample(r, 1)), ...weak.map((r) => toExample(r, 0.2))];
  const candidate = trainModel(train, { now: () => deps.clock.now() });
  const current = await loadActiveModel(deps.db);
  const sellerRules = await loadSellerRules(deps.db);
  const predict = (model: typeof candidate | null) =>
    heldOut.map(
      (r) => triageSignal({ text: r.text, title: r.title, language: r.language, rating: r.rating }, { model, sellerRules }).issueTypes,
    );
  const gold = heldOut.map((r) => r.issueTypes);
  const evalCandidate = evaluate(predict(candidate), gold, 1);
  const evalCurrent = evaluate(predict(current?.model ?? null), gold, 1);
  const activated = heldOut.length === 0 || evalCandidate.micro.f1 >= evalCurrent.micro.f1;
  await saveModel(deps.db, {
    version,
    trainedAt: deps.clock.now(),
    examples: train.length,
    evaluation: { heldOutCorrections: heldOut.length, candidate: evalCandidate, current: evalCurrent },
    model: candidate,
    activate: activated,
  });
  await appendEvents(deps.db, [
    {
      type: 'triage.model_trained',
      actor: 'triage',
      at: deps.clock.now(),
      payload: { version, corrections: corrected.length, activated, microF1: evalCandidate.micro.f1, currentMicroF1: evalCurrent.micro.f1 },
    },
  ]);
  return {
    version,
    corrections: corrected.length,
    weakExamples: weak.length,
    activated,
    evaluation: { candidate: evalCandidate, current: evalCurrent },
    reason: activated
      ? 'the new model does at least as well on held-back corrections'
      : 'kept the current model: the new one did worse on held-back corrections',
  };
}
