/**
 * The labelled reply sets the guardrails' model trains on, each row tagged with its writer: the dev
 * set's parts (a–s, written by the sessions that wrote the guardrails), and the sets written by
 * sessions that never read the code (`OUTSIDE` below: the held-out sets after their one look and the
 * training writers' sets). A set still waiting for its look is not listed, so it is never read here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_CLASSES, type ModelClass } from '../server/modules/replies/guardrail-model.js';

const DIR = join(import.meta.dirname, '../test-data/guardrails');

/** The outside sets' category names, in the dev set's words. */
const OUTSIDE_CATEGORY: Record<string, string> = {
  pii_request: 'data_request',
  review_removal: 'review_change',
  review_incentive: 'incentive',
  unbacked_promise: 'promise',
};

export interface GuardrailRow {
  id: string;
  text: string;
  public: boolean;
  bad: boolean;
  language?: string;
  category?: string;
  /** Who wrote it: a dev part ("dev-a"…) or an outside set's name. */
  writer: string;
}

const readRows = (file: string): Omit<GuardrailRow, 'writer'>[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Omit<GuardrailRow, 'writer'>);

/** Outside sets: file, writer name, the id prefix that keeps their ids apart from the dev set's. */
const OUTSIDE: [file: string, writer: string, prefix: string][] = [
  ['dev-outside.jsonl', 'dev-outside', 'x'],
  ['dev-outside2.jsonl', 'dev-outside2', 'y'],
  ['train-t2.jsonl', 'train-t2', 't'],
  ['dev-outside3.jsonl', 'dev-outside3', 'z'],
  ['train-t13.jsonl', 'train-t13', 'u'],
  ['dev-outside4.jsonl', 'dev-outside4', 'w'],
  ['train-t14.jsonl', 'train-t14', 'v'],
  ['train-t15.jsonl', 'train-t15', 's'],
  ['train-t16.jsonl', 'train-t16', 'r'],
  ['train-t17.jsonl', 'train-t17', 'q'],
  ['train-t18.jsonl', 'train-t18', 'p'],
  ['dev-outside5.jsonl', 'dev-outside5', 'o'],
  ['dev-outside6.jsonl', 'dev-outside6', 'n'],
  ['dev-outside7.jsonl', 'dev-outside7', 'm'],
  ['train-t19.jsonl', 'train-t19', 'l'],
  ['train-t20.jsonl', 'train-t20', 'k'],
  ['train-t21.jsonl', 'train-t21', 'j'],
  ['train-t22.jsonl', 'train-t22', 'i'],
  ['train-t23.jsonl', 'train-t23', 'h'],
  ['train-t24.jsonl', 'train-t24', 'g'],
  ['train-t25.jsonl', 'train-t25', 'f'],
  ['train-t27.jsonl', 'train-t27', 'e'],
  ['train-t28.jsonl', 'train-t28', 'd'],
  ['train-t29.jsonl', 'train-t29', 'c'],
  ['train-t30.jsonl', 'train-t30', 'b'],
  ['train-t31.jsonl', 'train-t31', 'a'],
  ['train-t32.jsonl', 'train-t32', 'z2'],
  ['dev-outside8.jsonl', 'dev-outside8', 'm2'],
  ['train-t33.jsonl', 'train-t33', 'l2'],
  ['train-t34.jsonl', 'train-t34', 'k2'],
  ['dev-outside9.jsonl', 'dev-outside9', 'j2'],
  ['train-t35.jsonl', 'train-t35', 'i2'],
  ['train-t36.jsonl', 'train-t36', 'h2'],
  ['train-t37.jsonl', 'train-t37', 'g2'],
  ['train-t38.jsonl', 'train-t38', 'f2'],
  ['train-t39.jsonl', 'train-t39', 'e2'],
  ['train-t40.jsonl', 'train-t40', 'd2'],
  ['train-t41.jsonl', 'train-t41', 'c3'],
  ['train-t42.jsonl', 'train-t42', 'b3'],
  ['train-t43.jsonl', 'train-t43', 'a3'],
  ['train-t44.jsonl', 'train-t44', 'z3'],
  ['train-t45.jsonl', 'train-t45', 'y3'],
  ['train-t46.jsonl', 'train-t46', 'x3'],
  ['train-t47.jsonl', 'train-t47', 'w3'],
  ['train-t48.jsonl', 'train-t48', 'v3'],
  ['dev-outside10.jsonl', 'dev-outside10', 'u3'],
  ['train-t49.jsonl', 'train-t49', 't3'],
  ['train-t51.jsonl', 'train-t51', 's3'],
  ['train-t50.jsonl', 'train-t50', 'r3'],
  ['dev-outside11.jsonl', 'dev-outside11', 'q3'],
  ['dev-outside12.jsonl', 'dev-outside12', 'p3'],
  ['train-t52.jsonl', 'train-t52', 'o3'],
  ['dev-outside13.jsonl', 'dev-outside13', 'n3'],
  ['train-t53.jsonl', 'train-t53', 'm3'],
  ['dev-outside14.jsonl', 'dev-outside14', 'l3'],
  ['train-t54.jsonl', 'train-t54', 'k3'],
  ['train-t55.jsonl', 'train-t55', 'j3'],
  ['train-t56.jsonl', 'train-t56', 'i3'],
  ['train-t57.jsonl', 'train-t57', 'h3'],
  ['train-t58.jsonl', 'train-t58', 'g3'],
  ['train-t59.jsonl', 'train-t59', 'f3'],
  ['train-t60.jsonl', 'train-t60', 'e3'],
  ['train-t61.jsonl', 'train-t61', 'd3'],
  ['dev-outside15.jsonl', 'dev-outside15', 'c4'],
  ['dev-outside16.jsonl', 'dev-outside16', 'b4'],
  ['train-t62.jsonl', 'train-t62', 'a4'],
  ['train-t63.jsonl', 'train-t63', 'z4'],
  ['train-t64.jsonl', 'train-t64', 'y4'],
  ['train-t65.jsonl', 'train-t65', 'x4'],
  ['train-t66.jsonl', 'train-t66', 'w4'],
  ['train-t67.jsonl', 'train-t67', 'v4'],
  ['train-t68.jsonl', 'train-t68', 'u4'],
  ['train-t69.jsonl', 'train-t69', 't4'],
  ['train-t70.jsonl', 'train-t70', 's4'],
  ['dev-outside17.jsonl', 'dev-outside17', 'r4'],
  ['train-t71.jsonl', 'train-t71', 'q4'],
  ['train-t72.jsonl', 'train-t72', 'p4'],
  ['dev-outside18.jsonl', 'dev-outside18', 'o4'],
  ['dev-outside19.jsonl', 'dev-outside19', 'n4'],
  ['train-t73.jsonl', 'train-t73', 'm4'],
  ['train-t74.jsonl', 'train-t74', 'l4'],
  ['dev-outside20.jsonl', 'dev-outside20', 'k4'],
  ['dev-outside21.jsonl', 'dev-outside21', 'j4'],
  ['dev-outside22.jsonl', 'dev-outside22', 'i4'],
];

export function loadGuardrailRows(): GuardrailRow[] {
  const dev = readRows(join(DIR, 'dev.jsonl')).map((r) => ({ ...r, writer: `dev-${r.id.split('-')[0]}` }));
  const outside = OUTSIDE.flatMap(([file, writer, prefix]) =>
    existsSync(join(DIR, file))
      ? readRows(join(DIR, file)).map((r) => ({
          ...r,
          id: `${prefix}${r.id}`,
          writer,
          category: OUTSIDE_CATEGORY[r.category ?? ''] ?? r.category,
        }))
      : [],
  );
  return [...dev, ...outside];
}

/** The model's class of a row; bad rows of a category it has no class for (personal data shown, which the patterns read) are left out of its training. */
export function labelOf(r: GuardrailRow): ModelClass | null {
  if (!r.bad) return 'good';
  const c = r.category as ModelClass | undefined;
  return c && MODEL_CLASSES.includes(c) && c !== 'good' ? c : null;
}

export const examplesOf = (rs: readonly GuardrailRow[]) =>
  rs.flatMap((r) => {
    const label = labelOf(r);
    return label ? [{ text: r.text, label }] : [];
  });
