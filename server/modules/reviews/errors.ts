export const REVIEW_ERRORS = ['incentive_wording_rejected'] as const;
export type ReviewErrorCode = (typeof REVIEW_ERRORS)[number];
