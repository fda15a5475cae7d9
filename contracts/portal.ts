/**
 * The customer's side: the public complaint form, its status page, and the staff doors onto it.
 * Free of server code so the web app's form imports the same choices the server checks.
 */
import { z } from 'zod';
import { storable } from './input.js';
import type { IssueType } from './vocab.js';
import type { InspectionRecord } from './inspections.js';
import type { CarrierEvent } from './orders.js';

/**
 * What went wrong, in the customer's words, mapped to the issue type triage and the review
 * decision use. `photoOf` is what the photo should show: the server requires a photo whenever
 * the review decision's evidence list for that type names photos (server/modules/portal test).
 */
export const PROBLEMS = [
  { id: 'arrived_damaged', issueType: 'damaged_in_transit', photoOf: 'parcel' },
  { id: 'broke_or_stopped', issueType: 'defect', photoOf: 'item' },
  { id: 'part_missing', issueType: 'missing_item', photoOf: 'contents' },
  { id: 'wrong_item', issueType: 'wrong_item', photoOf: 'label' },
  { id: 'not_as_described', issueType: 'listing_mismatch', photoOf: 'item' },
  { id: 'quality_disappointing', issueType: 'material_quality', photoOf: 'item' },
  { id: 'size_or_fit', issueType: 'fit_size', photoOf: 'item' },
  { id: 'late_or_lost', issueType: 'delivery_delay', photoOf: null },
  { id: 'hard_to_use', issueType: 'setup_usage', photoOf: 'item' },
  { id: 'unsafe', issueType: 'safety', photoOf: 'item' },
] as const satisfies readonly { id: string; issueType: IssueType; photoOf: 'parcel' | 'item' | 'contents' | 'label' | null }[];
export type ProblemId = (typeof PROBLEMS)[number]['id'];
export const PROBLEM_IDS = PROBLEMS.map((p) => p.id) as unknown as readonly [ProblemId, ...ProblemId[]];

export const WANTS = ['replacement', 'refund', 'repair', 'information'] as const;
export type Want = (typeof WANTS)[number];

/** A complaint's steps, in the order they usually happen. */
export const PORTAL_STEPS = ['received', 'assigned', 'waiting_for_customer', 'decided', 'shipped', 'closed'] as const;
export type PortalStep = (typeof PORTAL_STEPS)[number];

/** Languages the form speaks. */
export const PORTAL_LANGUAGES = ['en', 'pt', 'es', 'de', 'fr'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

export const PORTAL_LIMITS = {
  photos: 5,
  /** Per photo, as uploaded. */
  photoBytes: 8 * 1024 * 1024,
  textChars: 5000,
  /** Longest side of a stored photo and of its thumbnail, in pixels. */
  photoSide: 2000,
  thumbSide: 320,
  /** One short video may stand among the files (MP4, WebM or MOV, by content), up to this size. */
  videos: 1,
  videoBytes: 32 * 1024 * 1024,
} as const;

/** The signed link from the shop's order email: `<order>.<expiry>.<mac>` (see docs/portal.md). */
const orderLink = z.string().trim().min(1, 'must not be empty').max(400);

/**
 * Who the customer is: the order number and the email on the order, or the signed link from the
 * shop's email instead of both.
 */
function identified<T extends { orderNumber?: string; email?: string; link?: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.link !== undefined) return;
  for (const k of ['orderNumber', 'email'] as const)
    if (v[k] === undefined)
      ctx.addIssue({ code: 'custom', path: [k], message: 'must not be empty (or open the link from your order email)' });
}

/** The text fields of POST /portal/api/complaints (multipart), after `items` is split on commas. */
export const complaintInput = storable(
  z
    .object({
      orderNumber: z.string().trim().min(1, 'must not be empty').max(100).optional(),
      email: z.string().trim().toLowerCase().email('must be an email address').max(320).optional(),
      link: orderLink.optional(),
      items: z.array(z.string().trim().min(1).max(100)).min(1, 'pick at least one item').max(50),
      problem: z.enum(PROBLEM_IDS),
      text: z.string().trim().min(1, 'must not be empty').max(PORTAL_LIMITS.textChars),
      wants: z.enum(WANTS),
      language: z.enum(PORTAL_LANGUAGES).default('en'),
      /** The honeypot: people never see it; a filled one is a bot. */
      website: z.string().max(1000).optional(),
    })
    .strict()
    .superRefine(identified),
);
export type ComplaintInput = z.infer<typeof complaintInput>;

/** POST /portal/api/orders/lookup: the items the customer can pick, after the same check. */
export const orderLookupInput = storable(
  z
    .object({
      orderNumber: z.string().trim().min(1, 'must not be empty').max(100).optional(),
      email: z.string().trim().toLowerCase().email('must be an email address').max(320).optional(),
      link: orderLink.optional(),
    })
    .strict()
    .superRefine(identified),
);
export type OrderLookupInput = z.infer<typeof orderLookupInput>;

/** GET /api/portal/orders/:orderId/link: how long the link stays good (default 90 days). */
export const orderLinkQuery = z.object({ days: z.coerce.number().int().min(1).max(730).optional() });
/** The signed link for one order's emails. */
export interface OrderLinkView {
  orderId: string;
  link: string;
  /** Relative to the server: `/portal#link=…` (the part after # never reaches the server's logs). */
  path: string;
  expiresAt: string;
}

export const portalMessageInput = storable(
  z.object({ text: z.string().trim().min(1, 'must not be empty').max(PORTAL_LIMITS.textChars) }).strict(),
);

export const portalStepInput = storable(
  z
    .object({
      step: z.enum(['assigned', 'waiting_for_customer', 'decided', 'shipped', 'closed']),
      note: z.string().trim().max(1000).nullish(),
    })
    .strict(),
);

/** POST /portal/api/status/:token/satisfaction: asked once the complaint is closed. */
export const satisfactionInput = storable(
  z
    .object({
      score: z.number().int().min(1).max(5),
      comment: z.string().trim().max(2000).nullish(),
    })
    .strict(),
);

/** Hours from receipt to one stage, over the work orders that reached it; null without any. */
export interface PortalStageFigure {
  count: number;
  calendarHours: { median: number | null; p90: number | null };
  businessHours: { median: number | null; p90: number | null };
}
/** Processing time of portal work orders: received → first response → decision → resolved. */
export interface PortalProcessing {
  /** An issue type, or "all". */
  issueType: string;
  workOrders: number;
  firstResponse: PortalStageFigure;
  decision: PortalStageFigure;
  resolution: PortalStageFigure;
}

/** GET /api/portal/figures: complaints filed through the portal, their processing time and satisfaction (CSAT). */
export interface PortalFigures {
  from: string;
  to: string;
  complaints: number;
  closed: number;
  /** Over the complaints filed in the window: all of them first, then by issue type. */
  processing: PortalProcessing[];
  satisfaction: {
    answers: number;
    /** Mean score, 1–5; null without answers. */
    average: number | null;
    /** CSAT: the share of answers scoring 4 or 5; null without answers. */
    csat: number | null;
  };
}

/** POST /portal/api/complaints → 201 */
export interface ComplaintReceipt {
  reference: string;
  statusUrl: string;
}
/** POST /portal/api/orders/lookup */
export interface PortalOrderItems {
  /** The order the link or pair named (the customer's own order number). */
  orderNumber: string;
  items: { sku: string; title: string | null; variant: string | null }[];
}

export interface PortalStepView {
  step: PortalStep;
  at: string;
  note: string | null;
}
export interface PortalMessageView {
  id: number;
  author: 'customer' | 'staff';
  text: string;
  at: string;
}
export interface PortalPhotoView {
  url: string;
  thumbUrl: string;
  /** "video/mp4", "video/webm", "video/quicktime" for a video; an image type otherwise. */
  mime: string;
  width: number;
  height: number;
}

/** GET /portal/api/status/:token (and the server-sent `status` event) */
export interface ComplaintStatus {
  reference: string;
  status: PortalStep;
  /** What the customer can expect next, as a step name; null once closed. */
  next: PortalStep | null;
  problem: ProblemId;
  wants: Want;
  steps: PortalStepView[];
  messages: PortalMessageView[];
  photos: PortalPhotoView[];
  /** Once closed: the customer's answer to the satisfaction question, or null until they give one. */
  satisfaction: { score: number; comment: string | null } | null;
}

/** GET /api/portal/complaints/:reference: the same, for staff, with the signal behind it. */
export interface StaffComplaint extends ComplaintStatus {
  signalId: number;
  orderId: string;
  items: string[];
  ownerTeam: string | null;
  language: PortalLanguage;
}

/** GET /api/portal/complaints/:reference/chain: order → line → batch → inspection → carrier scans → complaint. */
export interface ComplaintChain {
  reference: string;
  order: {
    orderId: string;
    orderedAt: string;
    shippedAt: string | null;
    deliveredAt: string | null;
    supplier: string | null;
    warehouse: string | null;
    carrier: string | null;
    trackingNumber: string | null;
  };
  /** The order lines the complaint names. */
  lines: { sku: string; variant: string | null; qty: number }[];
  batch: string | null;
  /** The batch's inspection records, newest first. */
  inspections: InspectionRecord[];
  carrierScans: CarrierEvent[];
  complaint: { filedAt: string; problem: ProblemId; photos: PortalPhotoView[] };
}
