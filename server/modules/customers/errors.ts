export const CUSTOMER_ERRORS = ['customer_not_found'] as const;
export type CustomerErrorCode = (typeof CUSTOMER_ERRORS)[number];
