import { type Playbook, playbookSchema } from '../types.js';
import { FULFILMENT_PLAYBOOKS } from './fulfilment-playbooks.js';
import { PAGE_PLAYBOOKS } from './page-playbooks.js';
import { POLICY_PLAYBOOKS } from './policy-playbooks.js';

/** Shipped defaults, parsed through the same schema sellers' edits go through. */
export const DEFAULT_PLAYBOOKS: readonly Playbook[] = Object.freeze(
  [...PAGE_PLAYBOOKS, ...FULFILMENT_PLAYBOOKS, ...POLICY_PLAYBOOKS].map((p) => playbookSchema.parse(p)),
);
