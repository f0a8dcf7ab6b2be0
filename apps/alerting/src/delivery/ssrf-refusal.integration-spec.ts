/**
 * With WEBHOOK_ALLOW_PRIVATE=false (the production default) a subscription pointing at a loopback address is
 * refused by the SSRF-safe client: the delivery is marked dead with the SSRF reason on its first attempt, never
 * retried, and the endpoint receives nothing.
 */
import { DeliveryEntity, SubscriptionsRepository, WatchRulesRepository } from '@marsad/database';
import {
  createServiceEnvironment,
  startWebhookReceiver,
  waitFor,
  type ServiceEnvironment,
  type WebhookReceiver,
} from '@marsad/testing';
import { generateWebhookSecret } from '@marsad/webhooks';
import { RuleCacheService } from '../rules-cache/rule-cache.service';
import { eventMessage, startAlertingUnderTest, type AlertingUnderTest } from '../test-support/alerting-under-test';

jest.setTimeout(60_000);

describe('alerting: SSRF refusal (real services, in-process)', () => {
  let services: ServiceEnvironment;
  let db: ServiceEnvironment['db'];
  let receiver: WebhookReceiver;
  let alerting: AlertingUnderTest;

  beforeAll(async () => {
    services = await createServiceEnvironment({ WEBHOOK_ALLOW_PRIVATE: 'false' });
    db = services.db;
    receiver = await startWebhookReceiver();
    alerting = await startAlertingUnderTest(services.config, {
      rulesReconcileMs: 3_600_000,
      sweepIntervalMs: 3_600_000,
    });
  });

  afterAll(async () => {
    await alerting?.close();
    await receiver?.close();
    await services?.cleanup();
  });

  it('marks a delivery to a loopback URL dead with the SSRF reason after one attempt', async () => {
    const rule = await new WatchRulesRepository(db.dataSource).create({
      tenantId: 'default',
      name: 'ssrf',
      match: { sources: ['src-ssrf'] },
    });
    await alerting.notifyRuleChanged(rule.id, 'created');
    const sub = await new SubscriptionsRepository(db.dataSource).create({
      tenantId: 'default',
      name: 'internal',
      url: receiver.url,
      secret: generateWebhookSecret(),
    });
    const cache = alerting.app.get(RuleCacheService);
    await waitFor('the rule to be loaded', () => cache.match(eventMessage('src-ssrf')).length > 0);
    await alerting.storeAndPublish(eventMessage('src-ssrf'));
    const delivery = await waitFor('the delivery to be marked dead', async () => {
      const row = await db.dataSource.getRepository(DeliveryEntity).findOneBy({ subscriptionId: sub.id });
      return row?.status === 'dead' ? row : undefined;
    });
    expect(delivery.attempts).toBe(1);
    expect(delivery.lastStatusCode).toBeNull();
    expect(delivery.lastError).toMatch(/^blocked by SSRF protection: 127\.0\.0\.1/);
    expect(receiver.received).toHaveLength(0);
    // Still enabled: a refused URL is a configuration problem to show, not an endpoint that said it is gone.
    expect((await new SubscriptionsRepository(db.dataSource).get(sub.id, 'default'))?.enabled).toBe(true);
  });
});
