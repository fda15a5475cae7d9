import { type FieldIssue, zodIssues } from '../../platform/errors.js';
import { type Playbook, playbookSchema } from './types.js';

export type ParsePlaybooksResult =
  | { ok: true; playbooks: Playbook[] }
  | { ok: false; code: 'playbook_invalid' | 'playbook_duplicate_id'; errors: FieldIssue[] };

/**
 * Validates a seller's playbook list as a whole: every field error at once, with the index of
 * the playbook it belongs to, so one save shows everything that needs fixing.
 */
export function parsePlaybooks(input: unknown): ParsePlaybooksResult {
  if (!Array.isArray(input))
    return { ok: false, code: 'playbook_invalid', errors: [{ path: '(root)', message: 'expected a list of playbooks' }] };
  const playbooks: Playbook[] = [];
  const errors: FieldIssue[] = [];
  input.forEach((raw, i) => {
    const r = playbookSchema.safeParse(raw);
    if (r.success) playbooks.push(r.data);
    else errors.push(...zodIssues(r.error, [i]));
  });
  if (errors.length > 0) return { ok: false, code: 'playbook_invalid', errors };
  const seen = new Map<string, number>();
  const dupes: FieldIssue[] = [];
  playbooks.forEach((p, i) => {
    if (seen.has(p.id)) dupes.push({ path: `[${i}].id`, message: `"${p.id}" is already used by playbook [${seen.get(p.id)}]` });
    else seen.set(p.id, i);
  });
  if (dupes.length > 0) return { ok: false, code: 'playbook_duplicate_id', errors: dupes };
  return { ok: true, playbooks };
}

/** A seller's playbook replaces the default with the same id; new ids are added after. */
export function mergePlaybooks(defaults: readonly Playbook[], edits: readonly Playbook[]): Playbook[] {
  const byId = new Map(edits.map((p) => [p.id, p]));
  const merged = defaults.map((d) => byId.get(d.id) ?? d);
  const known = new Set(defaults.map((d) => d.id));
  return [...merged, ...edits.filter((e) => !known.has(e.id))];
}
