/** BullMQ worker for `webhook-delivery`: validates the job and makes one delivery attempt. */
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QUEUES, WebhookDeliveryJobSchema, type WebhookDeliveryJob } from '@marsad/contracts';
import { nextDelayMs } from '@marsad/webhooks';
import { RetryableDeliveryError, WebhookDeliveryService, type AttemptResult } from './webhook-delivery.service';

/** Svix schedule with jitter; a receiver's Retry-After is honoured as a minimum. */
export function svixBackoff(attemptsMade: number, _type?: string, err?: Error): number {
  const minDelayMs = err instanceof RetryableDeliveryError ? err.minDelayMs : undefined;
  return nextDelayMs(attemptsMade, { minDelayMs, maxAttempts: Number.MAX_SAFE_INTEGER }) ?? 0;
}

@Processor(QUEUES.webhookDelivery, { concurrency: 16, settings: { backoffStrategy: svixBackoff } })
export class WebhookDeliveryProcessor extends WorkerHost {
  constructor(private readonly delivery: WebhookDeliveryService) {
    super();
  }

  async process(job: Job<WebhookDeliveryJob>): Promise<AttemptResult> {
    return this.delivery.attempt(WebhookDeliveryJobSchema.parse(job.data), job.attemptsMade + 1);
  }
}
