import { z } from 'zod';

/** BullMQ queues, named in one place. */
export const QUEUES = {
  webhookDelivery: 'webhook-delivery',
  feedPoll: 'feed-poll',
  pageFetch: 'page-fetch',
} as const;

/** One delivery of one alert to one subscription; the job id is the delivery id, so enqueue is idempotent. */
export const WebhookDeliveryJobSchema = z.object({
  deliveryId: z.string().uuid(),
  alertId: z.string().uuid(),
  subscriptionId: z.string().uuid(),
  tenantId: z.string(),
});
export type WebhookDeliveryJob = z.infer<typeof WebhookDeliveryJobSchema>;
