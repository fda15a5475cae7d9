export const ORDER_ERRORS = ['order_not_found'] as const;
export type OrderErrorCode = (typeof ORDER_ERRORS)[number];
