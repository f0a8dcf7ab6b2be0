/**
 * From one extracted event to queued webhook deliveries: match the rules, record each alert once per
 * (rule, event), create one delivery per (alert, subscription) and enqueue it under its own id. Every step is
 * idempotent, so a redelivered event (crash before ack) never doubles an alert or a webhook. A rule over its
 * throttle records nothing for the event (counted and logged as throttled).
 */
import { Injectable, Logger } from '@nestjs/common';
import type { ExtractedEventMessage } from '@marsad/contracts';
import { AlertsRepository, DeliveriesRepository, SubscriptionsRepository } from '@marsad/database';
import { PipelineMetrics } from '@marsad/observability';
import { DeliveryQueue } from '../delivery/delivery-queue';
import { RuleCacheService } from '../rules-cache/rule-cache.service';
import { buildAlertPayload } from './alert-payload';
import { AlertThrottleService } from './alert-throttle.service';

export interface AlertingOutcome {
  matchedRules: number;
  alertsCreated: number;
  alertsThrottled: number;
  deliveriesQueued: number;
}

@Injectable()
export class AlertingService {
  private readonly logger = new Logger(AlertingService.name);

  constructor(
    private readonly cache: RuleCacheService,
    private readonly throttle: AlertThrottleService,
    private readonly alerts: AlertsRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
    private readonly metrics: PipelineMetrics,
  ) {}

  async handleEvent(message: ExtractedEventMessage): Promise<AlertingOutcome> {
    const matched = this.cache.match(message);
    let alertsCreated = 0;
    let alertsThrottled = 0;
    let deliveriesQueued = 0;
    for (const rule of matched) {
      const decision = await this.throttle.decide(rule, message.event.id);
      if (!decision.allowed) {
        alertsThrottled++;
        this.metrics.alertsRecorded.inc({ outcome: 'throttled' });
        this.logger.log(
          `rule ${rule.ruleId} throttled for event ${message.event.id}: ${decision.windowCount} alert(s) in the last ` +
            `${rule.rule.throttle?.perSeconds} s; room again in ${Math.ceil(decision.retryAfterMs / 1000)} s`,
        );
        continue;
      }
      const { alert, created } = await this.alerts.recordAlert({
        tenantId: message.tenantId,
        ruleId: rule.ruleId,
        eventId: message.event.id,
        payload: buildAlertPayload(message, rule) as unknown as Record<string, unknown>,
      });
      this.metrics.alertsRecorded.inc({ outcome: created ? 'created' : 'duplicate' });
      if (created) alertsCreated++;
      const subscribers = await this.subscriptions.listActiveForRule(rule.ruleId, message.tenantId);
      if (!subscribers.length) continue;
      const rows = await this.deliveries.createForAlert(
        alert.id,
        subscribers.map((s) => s.id),
        message.tenantId,
      );
      for (const delivery of rows) {
        if (delivery.status !== 'pending') continue;
        await this.queue.enqueue({
          deliveryId: delivery.id,
          alertId: alert.id,
          subscriptionId: delivery.subscriptionId,
          tenantId: message.tenantId,
        });
        deliveriesQueued++;
      }
    }
    if (matched.length)
      this.logger.log(
        `event ${message.event.id}: ${matched.length} rule(s), ${alertsCreated} new alert(s), ` +
          `${alertsThrottled} throttled, ${deliveriesQueued} deliveries queued`,
      );
    return { matchedRules: matched.length, alertsCreated, alertsThrottled, deliveriesQueued };
  }
}
