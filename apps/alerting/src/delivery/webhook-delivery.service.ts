/**
 * One delivery attempt: sign the alert (Standard Webhooks; the webhook-id is the delivery id, the same on every
 * retry, so receivers can drop repeats), POST it through the SSRF-safe client, and record what happened.
 * Retryable failures throw RetryableDeliveryError for BullMQ to reschedule on the Svix schedule.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { AppConfig } from '@marsad/config';
import type { WebhookDeliveryJob } from '@marsad/contracts';
import { AlertsRepository, DeliveriesRepository, SubscriptionsRepository } from '@marsad/database';
import { PipelineMetrics } from '@marsad/observability';
import { classifyDelivery, deliverWebhook, signPayload } from '@marsad/webhooks';

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');

export class RetryableDeliveryError extends Error {
  constructor(
    message: string,
    readonly minDelayMs?: number,
  ) {
    super(message);
    this.name = 'RetryableDeliveryError';
  }
}

export type AttemptResult = 'delivered' | 'skipped';

@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly alerts: AlertsRepository,
    private readonly metrics: PipelineMetrics,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: AppConfig['webhooks'],
  ) {}

  /** @param attemptNumber 1 for the first attempt. */
  async attempt(job: WebhookDeliveryJob, attemptNumber: number): Promise<AttemptResult> {
    const delivery = await this.deliveries.get(job.deliveryId);
    if (!delivery || delivery.status === 'succeeded' || delivery.status === 'dead') return 'skipped';
    const subscription = await this.subscriptions.get(job.subscriptionId, job.tenantId);
    if (!subscription || !subscription.enabled) {
      await this.deliveries.markDead(job.deliveryId, { error: 'subscription deleted or disabled' });
      return 'skipped';
    }
    const alert = await this.alerts.get(job.alertId, job.tenantId);
    if (!alert) {
      await this.deliveries.markDead(job.deliveryId, { error: 'alert not found' });
      return 'skipped';
    }
    const body = JSON.stringify({
      id: alert.id,
      created_at: alert.createdAt.toISOString(),
      ...(alert.payload as Record<string, unknown>),
    });
    const headers = signPayload({ secret: subscription.secret, msgId: delivery.id, timestamp: new Date(), body });
    const result = await deliverWebhook({
      url: subscription.url,
      body,
      headers: { ...headers },
      timeoutMs: this.settings.timeoutMs,
      allowPrivateNetworks: this.settings.allowPrivateNetworks,
    });
    const verdict = classifyDelivery(result);
    this.metrics.webhookDeliveries.inc({ outcome: verdict.outcome });
    const statusCode = result.status ?? null;
    switch (verdict.outcome) {
      case 'delivered':
        await this.deliveries.markSucceeded(delivery.id, { statusCode });
        return 'delivered';
      case 'disable':
        await this.subscriptions.update(subscription.id, job.tenantId, {
          enabled: false,
          disabledReason: verdict.reason,
        });
        await this.deliveries.markDead(delivery.id, { statusCode, error: verdict.reason });
        throw new UnrecoverableError(verdict.reason);
      case 'fail':
        await this.deliveries.markDead(delivery.id, { statusCode, error: verdict.reason });
        throw new UnrecoverableError(verdict.reason);
      case 'retry':
        if (attemptNumber >= this.settings.maxAttempts) {
          await this.deliveries.markDead(delivery.id, {
            statusCode,
            error: `gave up after ${attemptNumber} attempts: ${verdict.reason}`,
          });
          throw new UnrecoverableError(verdict.reason);
        }
        await this.deliveries.markAttempt(delivery.id, {
          status: 'failed',
          statusCode,
          error: verdict.reason,
          nextAttemptAt: null,
        });
        this.logger.warn(`delivery ${delivery.id} attempt ${attemptNumber} failed: ${verdict.reason}`);
        throw new RetryableDeliveryError(verdict.reason, verdict.delayMs);
    }
  }
}
