/**
 * Answers of /api/issues, /api/themes and /api/products/:sku/file (server/modules/issues
 * presenters). Dates are ISO 8601 strings; days are YYYY-MM-DD.
 */
import type { Action, Decision, ImpactScope, Knowledge, Verdict } from './actions.js';

export type { ImpactScope } from './actions.js';
import type { Recommendation } from './playbooks.js';
import type { Product } from './products.js';
import type { Channel, IssueStatus, IssueType } from './vocab.js';

export type { IssueStatus };

export type FlagReason = 'spike' | 'batch_rule' | 'presale_threshold';
export interface SpikeEpisode {
  /** First and last flagged day of the episode. */
  at: string;
  lastAt: string;
  reason: FlagReason;
  pValue: number | null;
  observed: number;
  expected: number | null;
  windowDays: number | null;
  exposureAdjusted: boolean;
}
export interface Spike {
  /** Has this issue ever alarmed? */
  flagged: boolean;
  /** Start of the latest episode. */
  at: string | null;
  pValue: number | null;
  reason: FlagReason | null;
  lastFlaggedAt: string | null;
  episodes: SpikeEpisode[];
}

export interface Issue {
  id: number;
  key: string;
  issueType: IssueType;
  sku: string;
  batch: string | null;
  route: string | null;
  market: string | null;
  status: IssueStatus;
  statusReason: string | null;
  signalCount: number;
  reportCount: number;
  channels: Record<string, number>;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  spike: Spike;
  ownerTeam: string | null;
  stage: 'pre_sale' | 'post_purchase' | null;
  /** Empty until the issues job has measured it. */
  impactScope: ImpactScope | Record<string, never>;
  /** Masked customer wording. */
  representativeWording: string | null;
  hasMedia: boolean;
  automationInvolved: boolean;
  playbook: Recommendation | null;
}
/** GET /api/issues */
export interface IssuePage {
  items: Issue[];
  nextCursor: string | null;
}

/** Counts per day over the trend window, and per ISO week (Monday start) over the same span. */
export interface Trend {
  days: { day: string; count: number }[];
  weeks: { weekStart: string; count: number }[];
}

/** GET /api/issues/:id */
export interface IssueDetail extends Issue {
  trend: Trend;
  evidence: {
    photos: { signalId: number; kind: string; url: string }[];
    orders: {
      orderId: string;
      orderedAt: string;
      country: string | null;
      route: string | null;
      batch: string | null;
      supplier: string | null;
    }[];
    batches: { batch: string; supplier: string | null; signals: number }[];
  };
  actions: Action[];
  decisions: Decision[];
  verdicts: (Verdict & { actionId: number })[];
}

/** POST /api/issues/:id/close, POST /api/issues/:id/reopen */
export interface IssueStatusChange {
  id: number;
  status: IssueStatus;
  statusReason: string;
}

/** An emerging complaint nobody has named yet. */
export interface Theme {
  id: string;
  size: number;
  topTerms: string[];
  representativeSignalId: number | null;
  representativeWording: string;
  signalIds: number[];
  skus: string[];
  computedAt: string;
  windowFrom: string;
}
/** GET /api/themes */
export interface ThemeList {
  items: Theme[];
}

/** GET /api/products/:sku/file: customer words masked (it is a shared page), the timeline newest first. */
export interface ProductFile {
  sku: string;
  product: Product | null;
  issues: Issue[];
  signals: {
    total: number;
    byChannel: Record<string, number>;
    byIssueType: Record<string, number>;
    recent: { id: number; channel: Channel | string; receivedAt: string; text: string; issueTypes: string[]; batch: string | null }[];
  };
  evidence: { photos: { signalId: number; kind: string; url: string }[] };
  batches: { batch: string | null; supplier: string | null; orders: number; firstOrderedAt: string; lastOrderedAt: string }[];
  suppliers: string[];
  actions: Action[];
  decisions: Decision[];
  knowledge: Knowledge[];
  timeline: {
    id: number;
    at: string;
    /** When it happened, where that differs from when it was recorded (a fix's doneAt, an alarm's day). */
    happenedAt: string;
    type: string;
    actor: string;
    subjectType: string | null;
    subjectId: string | null;
    summary: string;
  }[];
}
