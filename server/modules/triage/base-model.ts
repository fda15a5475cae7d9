/** Loads the model that ships with Writeback (base-model.json), so a new store triages well before its first correction. */
import { existsSync, readFileSync } from 'node:fs';
import { deserializeModel, type TriageModel } from './model.js';

const BASE_MODEL_URL = new URL('./base-model.json', import.meta.url);
let cached: TriageModel | null | undefined;

/** The bundled base model, or null when it has not been built (rules then decide alone). */
export function loadBaseModel(): TriageModel | null {
  if (cached !== undefined) return cached;
  cached = existsSync(BASE_MODEL_URL) ? deserializeModel(JSON.parse(readFileSync(BASE_MODEL_URL, 'utf8'))) : null;
  return cached;
}

export function loadModelFile(path: string): TriageModel {
  return deserializeModel(JSON.parse(readFileSync(path, 'utf8')));
}
