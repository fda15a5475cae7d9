import { AppError } from '../../platform/errors.js';

export const NOTIFICATION_ERRORS = ['notification_not_found', 'webhook_not_found', 'delivery_not_retryable'] as const;
export type NotificationErrorCode = (typeof NOTIFICATION_ERRORS)[number];

export const notificationError = (code: NotificationErrorCode, message: string) => new AppError(code, message);
