import type { Preset } from './preset.js';
import { DATASET_PRESETS } from './datasets.js';
import { shopifyOrders } from './shopify-orders.js';
import { judgeme, yotpo, trustpilot, googleReviews } from './reviews.js';
import { paypalDisputes } from './paypal.js';
import { zendesk, gorgias } from './helpdesk.js';

export type { Preset, ImportedHandling, HandlingStep } from './preset.js';

const ALL: Preset[] = [shopifyOrders, judgeme, yotpo, trustpilot, googleReviews, paypalDisputes, zendesk, gorgias, ...DATASET_PRESETS];
export const PRESETS: Record<string, Preset> = Object.fromEntries(ALL.map((p) => [p.name, p]));

/** The preset whose columns the header row (or the first record's keys) has; none means plain mapping. */
export function detectPreset(columns: Iterable<string>): Preset | undefined {
  const set = new Set([...columns].map((c) => c.trim()));
  return ALL.find((p) => p.detect?.(set));
}
