/**
 * Answers of /api/imports (server/modules/signals/import/http.ts): a file uploaded while the
 * server runs goes through the same import pipeline as `writeback import`.
 */
export type ImportKindName = 'signals' | 'orders' | 'products';

export interface ImportSummaryView {
  preset: string | null;
  ignoredColumns: string[];
  read: number;
  inserted: number;
  updated: number;
  duplicates: number;
  rejected: number;
}

/** One import run: its progress while it runs, its summary once done. */
export interface ImportJob {
  id: string;
  kind: ImportKindName;
  fileName: string;
  status: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  bytes: number;
  totalBytes: number;
  read: number;
  inserted: number;
  summary: ImportSummaryView | null;
  /** Why a run failed as a whole (a wrong preset, an empty file); rows refused one by one are in the reject file. */
  error: string | null;
  /** GET this for the refused rows (NDJSON: row, reason, raw), when there are any. */
  rejectsUrl: string | null;
}

/** What the first rows of a file would become, before anything is stored. */
export interface ImportPreview {
  preset: string | null;
  columns: string[];
  ignoredColumns: string[];
  rows: { row: number; value: Record<string, unknown> }[];
  rejects: { row: number; reason: string }[];
}

/** The presets a person can pick, with what each imports. */
export interface ImportPresetItem {
  name: string;
  label: string;
  kinds: ImportKindName[];
}
