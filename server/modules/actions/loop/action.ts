import type { OwnerTeam, WriteBackLocation } from '../../playbooks/index.js';
import type { IssueStatus } from '../../issues/index.js';
import type { ActionKind, ActionStatus, AutomationScope, DecisionType } from '../rules/index.js';
import type { ExposureMode, VerdictResult } from '../verdict/index.js';

/** The metric's value when the change went live: the issue's rate over the window before it. */
export interface StoredBaseline {
  metric: string;
  value: number;
  takenAt: string;
  events: number;
  exposure: number;
  mode: ExposureMode;
  windowDays: number;
}

/** The verdict as stored: JSON-safe (an unbounded interval's top is null), with its numbers. */
export interface StoredVerdict {
  result: VerdictResult;
  rateBefore: number | null;
  rateAfter: number | null;
  ratio: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  eventsBefore: number;
  eventsAfter: number;
  exposureBefore: number;
  exposureAfter: number;
  alpha: number;
  mode: ExposureMode;
  method: string;
  explanation: string;
  windowDays: number;
  changeAt: string;
  computedAt: string;
}

export interface Action {
  id: number;
  issueId: number;
  location: WriteBackLocation;
  change: string;
  ownerTeam: OwnerTeam | string;
  owner: string | null;
  /** The person the action is assigned to (a user id), or null. */
  assigneeId: number | null;
  status: ActionStatus;
  dueAt: Date | null;
  reviewDate: Date | null;
  reviewWindowDays: number;
  metric: string;
  baseline: StoredBaseline | null;
  verdict: StoredVerdict | null;
  kinds: ActionKind[];
  automates: AutomationScope[];
  details: Record<string, unknown>;
  doneAt: Date | null;
  reviewedAt: Date | null;
  sourceRef: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What the loop reads about an issue (from the issues module's getIssues). */
export interface IssueFactsRow {
  id: number;
  issueType: string;
  sku: string;
  batch: string | null;
  route: string | null;
  market: string | null;
  status: IssueStatus;
  signalCount: number;
  playbookId: string | null;
  lastFlaggedAt: string | null;
  representativeText: string | null;
}

export interface StoredDecision {
  id: number;
  issueId: number;
  type: DecisionType;
  decidedBy: string;
  decidedAt: Date;
  note: string;
  details: Record<string, unknown>;
  createdAt: Date;
}
