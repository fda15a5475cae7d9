// Public face of the notifications module: in-app notifications (the bell) and outgoing
// notification webhooks, both fed by subscribers to earlier stages' events.
export { notificationRoutes } from './http.js';
export { registerNotificationSubscribers } from './subscribers.js';
export { deliverNotificationWebhooks, type NotificationDeliveryOptions } from './deliver-notification-webhooks.js';
export { NOTIFICATION_ERRORS, type NotificationErrorCode } from './errors.js';
export { sendNotificationEmails } from './email-notifications.js';
export { notifyDue } from './notify-due.js';
export { sendDailyDigests } from './send-digests.js';
