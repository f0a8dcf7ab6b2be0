/**
 * Watch-rule throttling: at most `throttle.maxAlerts` alerts per `throttle.perSeconds` sliding window. The
 * window is read from Postgres (the alerts themselves), so every replica sees the same count and a restart
 * forgets nothing. Check-then-insert is not atomic: concurrent replicas may overshoot a limit by the events
 * they handle at the same instant, which is acceptable for a noise limit.
 */
import { Injectable } from '@nestjs/common';
import { AlertsRepository } from '@marsad/database';
import { throttleDecision, type MatchedRule, type ThrottleDecision } from '@marsad/rules';

@Injectable()
export class AlertThrottleService {
  constructor(private readonly alerts: AlertsRepository) {}

  /** Whether the rule may raise one more alert for this event now. */
  async decide(matched: MatchedRule, eventId: string, now = new Date()): Promise<ThrottleDecision> {
    const { throttle } = matched.rule;
    if (!throttle) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
    // A replayed event whose alert exists is a duplicate: let it through so its deliveries are ensured.
    if (await this.alerts.findForEvent(matched.ruleId, eventId, matched.tenantId))
      return { allowed: true, remaining: 0 };
    const since = new Date(now.getTime() - throttle.perSeconds * 1000);
    const recent = await this.alerts.recentCreatedAt(matched.ruleId, matched.tenantId, since);
    return throttleDecision(throttle, recent, now);
  }
}
