/** Clues (DESIGN.md's escalation tags) and the owner team who must answer for each signal. */
import type { Clue, IssueType, TeamConfig } from './types.js';

export const DEFAULT_TEAMS: TeamConfig = Object.freeze({
  clueOwners: {
    listing: 'marketplace_operations',
    label: 'product_compliance',
    product: 'sourcing_quality',
    promise: 'customer_operations',
    safety: 'product_compliance',
  },
  issueOwners: { delivery_delay: 'fulfilment', warranty_policy: 'legal', ai_wrong_answer: 'support' },
  defaultOwner: 'support',
}) as TeamConfig;

// Damage in transit is a product matter only once it repeats (DESIGN.md); before that it is a carrier claim.
const CLUE_OF: Partial<Record<IssueType, Clue>> = {
  listing_mismatch: 'listing',
  fit_size: 'listing',
  setup_usage: 'label',
  defect: 'product',
  material_quality: 'product',
  warranty_policy: 'promise',
  delivery_delay: 'promise',
  safety: 'safety',
};
// Safety first, then what most needs an owner outside support.
const CLUE_PRIORITY: Clue[] = ['safety', 'product', 'promise', 'label', 'listing'];

export function cluesFor(types: IssueType[], issueSpiking: boolean): Clue[] {
  const set = new Set<Clue>();
  for (const t of types) {
    const c = CLUE_OF[t];
    if (c) set.add(c);
    if (t === 'damaged_in_transit' && issueSpiking) set.add('product');
  }
  return CLUE_PRIORITY.filter((c) => set.has(c));
}

/** `types` in order of confidence; the owner follows the top clue, refined by issue type. */
export function ownerFor(types: IssueType[], clues: Clue[], teams: TeamConfig = DEFAULT_TEAMS): string {
  const top = clues[0];
  if (!top) {
    for (const t of types) if (teams.issueOwners[t]) return teams.issueOwners[t]!;
    return teams.defaultOwner;
  }
  const typeOfClue = types.find((t) => CLUE_OF[t] === top || (top === 'product' && t === 'damaged_in_transit'));
  return (typeOfClue && top !== 'safety' && teams.issueOwners[typeOfClue]) || teams.clueOwners[top] || teams.defaultOwner;
}
