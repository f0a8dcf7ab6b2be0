/** The alerting app: events in, rule matches recorded as alerts, webhooks delivered through BullMQ. */
import { Module, type DynamicModule } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import type { AppConfig } from '@marsad/config';
import { QUEUES } from '@marsad/contracts';
import { DatabaseModule } from '@marsad/database';
import { MessagingModule } from '@marsad/messaging';
import { ObservabilityModule } from '@marsad/observability';
import { AlertThrottleService } from './alerts/alert-throttle.service';
import { AlertingService } from './alerts/alerting.service';
import { EventAlertsHandler } from './alerts/event-alerts.handler';
import { DELIVERY_MAX_ATTEMPTS, DeliveryQueue } from './delivery/delivery-queue';
import { DeliverySweeperService, SWEEP_INTERVAL_MS } from './delivery/delivery-sweeper.service';
import { WebhookDeliveryProcessor } from './delivery/webhook-delivery.processor';
import { WEBHOOK_SETTINGS, WebhookDeliveryService } from './delivery/webhook-delivery.service';
import { RULES_RECONCILE_MS, RuleCacheService } from './rules-cache/rule-cache.service';

export interface AlertingOptions {
  rulesReconcileMs?: number;
  sweepIntervalMs?: number;
}

@Module({})
export class AlertingModule {
  static forRoot(config: AppConfig, options: AlertingOptions = {}): DynamicModule {
    return {
      module: AlertingModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'alerting', metricsPort: config.metricsPort }),
        DatabaseModule.forRoot(config.database, { applicationName: 'marsad-alerting' }),
        MessagingModule.forRoot({ ...config.nats, clientName: 'marsad-alerting' }),
        BullModule.forRoot({ connection: { url: config.redis.url }, prefix: config.redis.queuePrefix }),
        BullModule.registerQueue({ name: QUEUES.webhookDelivery }),
      ],
      providers: [
        { provide: WEBHOOK_SETTINGS, useValue: config.webhooks },
        { provide: DELIVERY_MAX_ATTEMPTS, useValue: config.webhooks.maxAttempts },
        { provide: RULES_RECONCILE_MS, useValue: options.rulesReconcileMs ?? 30_000 },
        { provide: SWEEP_INTERVAL_MS, useValue: options.sweepIntervalMs ?? 60_000 },
        RuleCacheService,
        AlertThrottleService,
        AlertingService,
        EventAlertsHandler,
        DeliveryQueue,
        DeliverySweeperService,
        WebhookDeliveryService,
        WebhookDeliveryProcessor,
      ],
      exports: [RuleCacheService, AlertingService, DeliverySweeperService],
    };
  }
}
