import type { IssueKey } from '../detect/index.js';
import type { IssueStatus, WorkStatus } from '../status/next-issue-status.js';
import type { SpikeState } from './spike-history.js';

export interface ImpactScope {
  /** The narrowest thing the issue is about: what one fix would have to reach. */
  level: 'one_order' | 'one_batch' | 'one_promise' | 'one_market' | 'one_automated_answer' | 'one_sku' | 'store';
  orders: number;
  customers: number;
  batches: number;
  markets: number;
}

/** A repeated problem: signals sharing an issue type and SKU (and batch / route / market where they name the cause). */
export interface Issue extends IssueKey {
  id: number;
  status: IssueStatus;
  statusReason: string | null;
  /** The statuses of the issue's actions, as the actions module last reported them (refreshIssueWork). */
  work: WorkStatus[];
  signalCount: number;
  reportCount: number;
  channelCounts: Record<string, number>;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  spike: SpikeState | null;
  spikeCheckedThrough: string | null;
  /** Days before spikeCheckedThrough that received signals after they were tested. */
  spikeUntestedDays: string[];
  playbookId: string | null;
  playbookMatchedOn: string[];
  ownerTeam: string | null;
  stage: 'pre_sale' | 'post_purchase' | null;
  hasMedia: boolean;
  automationInvolved: boolean;
  representativeSignalId: number | null;
  /** Masked at write time: lists and feeds show it. */
  representativeText: string | null;
  impactScope: ImpactScope | Record<string, never>;
  createdAt: Date;
  updatedAt: Date;
}

export interface IssueSummaryUpdate {
  signalCount: number;
  reportCount: number;
  channelCounts: Record<string, number>;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  stage: 'pre_sale' | 'post_purchase' | null;
  hasMedia: boolean;
  automationInvolved: boolean;
  ownerTeam: string | null;
  playbookId: string | null;
  playbookMatchedOn: string[];
  representativeSignalId: number | null;
  representativeText: string | null;
  impactScope: ImpactScope;
}
