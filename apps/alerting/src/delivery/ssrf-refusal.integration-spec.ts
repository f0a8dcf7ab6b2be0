/**
 * With WEBHOOK_ALLOW_PRIVATE=false (the production default) a subscription pointing at a loopback address is
 * refused by the SSRF-safe client: the delivery is marked dead with the SSRF reason on its first attempt, never
 * retried, and the endpoint receives nothing.
 */
import { configWith } from '@marsad/config';
import { DeliveryEntity, SubscriptionsRepository, WatchRulesRepository } from '@marsad/database';
import {
  createNatsFixture,
  createRedisFixture,
  createTestDatabase,
  startWebhookReceiver,
  waitFor,
  type NatsFixture,
  type RedisFixture,
  type TestDatabase,
  type WebhookReceiver,
} from '@marsad/testing';
import { generateWebhookSecret } from '@marsad/webhooks';
import { RuleCacheService } from '../rules-cache/rule-cache.service';
import { eventMessage, startAlertingUnderTest, type AlertingUnderTest } from '../test-support/alerting-under-test';

jest.setTimeout(60_000);

describe('alerting: SSRF refusal (real services, in-process)', () => {
  let db: TestDatabase;
  let nats: NatsFixture;
  let redis: RedisFixture;
  let receiver: WebhookReceiver;
  let alerting: AlertingUnderTest;

  beforeAll(async () => {
    db = await createTestDatabase();
    nats = await createNatsFixture();
    redis = await createRedisFixture();
    receiver = await startWebhookReceiver();
    alerting = await startAlertingUnderTest(
      configWith({
        DATABASE_URL: db.config.url,
        DATABASE_SCHEMA: db.config.schema,
        DATABASE_MIGRATE_ON_START: 'false',
        NATS_STREAM_PREFIX: nats.prefix,
        QUEUE_PREFIX: redis.prefix,
        WEBHOOK_ALLOW_PRIVATE: 'false',
        LOG_LEVEL: 'silent',
      }),
      { rulesReconcileMs: 3_600_000, sweepIntervalMs: 3_600_000 },
    );
  });

  afterAll(async () => {
    await alerting?.close();
    await receiver?.close();
    await redis?.cleanup();
    await nats?.cleanup();
    await db?.cleanup();
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
