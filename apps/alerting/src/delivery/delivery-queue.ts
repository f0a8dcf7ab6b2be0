/**
 * Enqueues webhook deliveries on BullMQ. The job id is the delivery id, so enqueueing twice (event replay,
 * sweeper) is a no-op while the job exists; the worker also checks the delivery's status before sending.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUES, WebhookDeliveryJobSchema, type WebhookDeliveryJob } from '@marsad/contracts';

export const DELIVERY_MAX_ATTEMPTS = Symbol('DELIVERY_MAX_ATTEMPTS');
export const SVIX_BACKOFF = 'svix';

@Injectable()
export class DeliveryQueue {
  constructor(
    @InjectQueue(QUEUES.webhookDelivery) private readonly queue: Queue<WebhookDeliveryJob>,
    @Inject(DELIVERY_MAX_ATTEMPTS) private readonly maxAttempts: number,
  ) {}

  async enqueue(job: WebhookDeliveryJob): Promise<void> {
    const data = WebhookDeliveryJobSchema.parse(job);
    await this.queue.add('deliver', data, {
      jobId: data.deliveryId,
      attempts: this.maxAttempts,
      backoff: { type: SVIX_BACKOFF },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }
}
