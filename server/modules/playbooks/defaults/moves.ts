import type { BlockedMoveCode } from '../types.js';

/** Reasons shared by several defaults, in one place so they read the same everywhere. */
export const MOVE: Record<BlockedMoveCode, { code: BlockedMoveCode; reason: string }> = {
  macro_only: { code: 'macro_only', reason: 'A longer macro answers the next asker; a page that answers first means nobody needs to ask.' },
  public_argument: {
    code: 'public_argument',
    reason: 'Correcting a buyer in public loses every reader who recognises themselves; take details to a private channel.',
  },
  discount_only: {
    code: 'discount_only',
    reason: 'A coupon quiets one buyer and teaches nothing to the page or the product; the next buyer meets the same gap.',
  },
  automation_on_sensitive: {
    code: 'automation_on_sensitive',
    reason: 'Refunds, disputes, chargebacks and upset customers need a person who can decide and own the outcome.',
  },
  ugc_without_permission: {
    code: 'ugc_without_permission',
    reason: 'Customer content may only run where the customer agreed, for the channels and time they agreed to.',
  },
  review_filtering: {
    code: 'review_filtering',
    reason: 'Hiding critical reviews breaks platform rules and the trust the remaining reviews are meant to build.',
  },
  private_details_public: {
    code: 'private_details_public',
    reason: 'Order numbers, emails, phones and addresses never belong in a public reply.',
  },
  uncontrolled_date_promise: {
    code: 'uncontrolled_date_promise',
    reason: 'Only promise a date someone on the team controls; a missed second promise costs more than the first delay.',
  },
  carrier_blame_public: {
    code: 'carrier_blame_public',
    reason: 'The buyer chose the store, not the carrier; blaming it in public reads as passing the problem on.',
  },
  review_request_too_early: {
    code: 'review_request_too_early',
    reason: 'Asking for a review before delivery, or while a problem is open, invites the worst review at the worst time.',
  },
  refund_and_close: {
    code: 'refund_and_close',
    reason: 'Refunding and closing solves one order and hides the evidence the product and supplier files need.',
  },
};
