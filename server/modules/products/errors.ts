export const PRODUCT_ERRORS = ['product_not_found'] as const;
export type ProductErrorCode = (typeof PRODUCT_ERRORS)[number];
