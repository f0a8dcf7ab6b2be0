// Public API of @marsad/webhooks: Standard Webhooks signing, the SSRF-safe delivery client and the retry policy.
export {
  generateWebhookSecret,
  isValidWebhookSecret,
  signPayload,
  verifyPayload,
  type SignPayloadInput,
  type VerifyResult,
  type WebhookSignatureHeaders,
} from './signing/webhook-signing';
export type { DeliveryErrorKind, DeliveryResult } from './delivery/delivery-result';
export {
  deliverWebhook,
  DEFAULT_MAX_RESPONSE_BYTES,
  WEBHOOK_USER_AGENT,
  type DeliverWebhookInput,
} from './delivery/deliver-webhook';
export {
  classifyDelivery,
  classifyResponse,
  DEFAULT_MAX_RETRY_AFTER_MS,
  nextDelayMs,
  parseRetryAfterMs,
  SVIX_RETRY_SCHEDULE_MS,
  type ClassifiedDelivery,
  type ClassifyOptions,
  type DeliveryOutcome,
  type NextDelayOptions,
} from './retry/retry-policy';
