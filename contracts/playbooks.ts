/** Answers of /api/playbooks and the `playbook` an issue carries (server/modules/playbooks presenters). */
import type { WriteBackLocation } from './actions.js';
import type { Channel, IssueType, OwnerTeam } from './vocab.js';

export type BlockedMoveCode =
  | 'automation_on_sensitive'
  | 'carrier_blame_public'
  | 'discount_only'
  | 'macro_only'
  | 'private_details_public'
  | 'public_argument'
  | 'refund_and_close'
  | 'review_filtering'
  | 'review_request_too_early'
  | 'ugc_without_permission'
  | 'uncontrolled_date_promise';

export interface Playbook {
  id: string;
  title: string;
  matches: {
    issueTypes: IssueType[];
    stages?: ('pre_sale' | 'post_purchase')[];
    channels?: Channel[];
    hasMedia?: boolean;
    batchScoped?: boolean;
    automationInvolved?: boolean;
  };
  hiddenRisk: string;
  firstReply: string;
  writeBack: { location: WriteBackLocation; change: string; ownerTeam: OwnerTeam }[];
  blockedMoves: { code: BlockedMoveCode; reason: string }[];
  reviewMetrics: { metric: string; goal: 'up' | 'down'; description: string }[];
  reviewWindowDays: number;
  humanOnly: boolean;
  enabled: boolean;
}

/** GET /api/playbooks/:id, PUT /api/playbooks/:id */
export interface StoredPlaybook extends Playbook {
  edited: boolean;
  version: number;
  updatedBy: string;
  updatedAt: string;
}
/** GET /api/playbooks */
export interface PlaybookList {
  items: StoredPlaybook[];
}

/** The recommendation an issue carries: its playbook and what it matched on. */
export interface Recommendation extends Playbook {
  matchedOn: string[];
}
