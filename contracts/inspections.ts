/** Inspection records: the QA check of a batch (server/modules/inspections). */
import { z } from 'zod';
import { pastDateTime, storable } from './input.js';

export const INSPECTION_RESULTS = ['pass', 'fail', 'conditional'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export const inspectionInput = storable(
  z
    .object({
      batch: z.string().trim().min(1, 'must not be empty').max(100),
      sku: z.string().max(100).nullish(),
      inspectedAt: pastDateTime(),
      inspector: z.string().trim().min(1, 'must not be empty').max(200),
      result: z.enum(INSPECTION_RESULTS),
      notes: z.string().max(5000).nullish(),
      /** Photo addresses (the QA system's, or a shared folder's). */
      photos: z.array(z.string().min(1).max(2048)).max(20).default([]),
    })
    .strict(),
);
export type InspectionInput = z.infer<typeof inspectionInput>;

/** One record, as GET /api/inspections lists it. */
export interface InspectionRecord {
  id: number;
  batch: string;
  sku: string | null;
  inspectedAt: string;
  inspector: string;
  result: InspectionResult;
  notes: string | null;
  photos: string[];
}
export interface InspectionList {
  items: InspectionRecord[];
}

/** POST /api/inspections/import: a QA sheet as CSV text (header row; see docs/portal.md). */
export const inspectionImportInput = z.object({ csv: z.string().min(1, 'must not be empty').max(1_000_000) }).strict();

export interface InspectionImportSummary {
  read: number;
  inserted: number;
  /** Rows already stored (same batch, SKU, time and inspector). */
  duplicates: number;
  rejected: number;
  /** The first 100 rejected rows: their line in the file and what is wrong, by field. */
  rejects: { line: number; errors: { path: string; message: string }[] }[];
}
