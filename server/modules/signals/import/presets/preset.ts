import { createHash } from 'node:crypto';
import type { Kind } from '../map-record.js';

/** One step of a ticket's past handling, at the time it happened. */
export interface HandlingStep {
  at: string;
  reply?: { text: string; public: boolean };
  status?: 'resolved' | 'reopened';
}
/** What a helpdesk export says happened to a ticket after it arrived. */
export interface ImportedHandling {
  steps: HandlingStep[];
  /** The customer's satisfaction rating, on 1–5 (good = 5, bad = 1). */
  satisfaction?: { score: number; at?: string };
}

/**
 * A preset knows one export's columns and turns a row into Writeback fields. `detect` recognises
 * the export from its header row (or the first JSON record's keys) for `--preset auto`; `reads`
 * lists the columns it uses, so the summary can name the ones it ignored.
 */
export interface Preset {
  name: string;
  label: string;
  kinds: Kind[];
  detect?: (columns: Set<string>) => boolean;
  reads?: string[];
  /** Orders: consecutive rows of one order are its lines (one row per line item). */
  groupLines?: boolean;
  toRecord(kind: Kind, row: Record<string, unknown>, rowNumber: number): Record<string, unknown>;
  handling?(row: Record<string, unknown>): ImportedHandling | undefined;
}

export const hasAll =
  (...cols: string[]) =>
  (set: Set<string>) =>
    cols.every((c) => set.has(c));

/** A cell or nested value as text; blank is absent. Excel's leading-apostrophe guard is dropped. */
export function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'object') return undefined;
  const s = String(v)
    .trim()
    .replace(/^'(?=[+\d])/, '');
  return s === '' ? undefined : s;
}

export function num(v: unknown): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const n = Number(s.replace(/[^\d.+-]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** Reads `a.b.c` from nested JSON or from a flat CSV column named `a.b.c`. */
export function get(row: Record<string, unknown>, dotted: string): unknown {
  if (dotted in row) return row[dotted];
  let cur: unknown = row;
  for (const part of dotted.split('.')) {
    if (Array.isArray(cur)) cur = cur[0];
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function list(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  return v === undefined || v === null ? [] : [v];
}

const hex = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);

/**
 * For exports without a review id: the same review (product, reviewer, date, text) gives the same
 * id on every export, so a re-import finds it instead of storing it twice.
 */
export function stableId(prefix: string, product: unknown, reviewer: unknown, date: unknown, text: unknown): string {
  return `${prefix}-${hex([str(product) ?? '', (str(reviewer) ?? '').toLowerCase(), str(date) ?? '', str(text) ?? ''])}`;
}

/** A customer known only by email is keyed by a hash of it: the address itself is not stored as a key. */
export function emailKey(email: unknown): string | undefined {
  const e = str(email)?.toLowerCase();
  return e ? `email-${hex([e])}` : undefined;
}

export function truthy(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const s = str(v)?.toLowerCase();
  if (s === undefined) return undefined;
  return ['true', '1', 'yes', 'y', 'ok', 'published', 'active'].includes(s);
}
