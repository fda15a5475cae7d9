export const WEBHOOK_ERRORS = [
  'webhook_signature_invalid',
  'connector_not_found',
  'delivery_not_found',
  'secret_from_environment',
  'delivery_busy',
] as const;
export type WebhookErrorCode = (typeof WEBHOOK_ERRORS)[number];
