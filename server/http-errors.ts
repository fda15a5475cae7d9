import type { PlatformErrorCode } from './platform/errors.js';
import type { SignalErrorCode } from './modules/signals/index.js';
import type { OrderErrorCode } from './modules/orders/index.js';
import type { ProductErrorCode } from './modules/products/index.js';

export type ErrorCode = PlatformErrorCode | SignalErrorCode | OrderErrorCode | ProductErrorCode;

/** Every module's error codes, mapped once. A new code fails to compile until it is placed here. */
export function httpStatus(code: ErrorCode): 400 | 401 | 404 | 409 | 413 | 422 | 500 {
  switch (code) {
    case 'invalid_input': return 400;
    case 'unauthorized': return 401;
    case 'not_found':
    case 'signal_not_found':
    case 'order_not_found':
    case 'product_not_found': return 404;
    case 'conflict': return 409;
    case 'reply_blocked': return 422;
    case 'payload_too_large': return 413;
    case 'internal': return 500;
    default: {
      const never: never = code;
      return never;
    }
  }
}
