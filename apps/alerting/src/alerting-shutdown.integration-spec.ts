/**
 * Graceful shutdown of the alerting app: app.close() resolves while a webhook delivery is in flight, the job
 * finishes and its outcome is written before the database pool closes, and the NATS connection and the pool are
 * closed afterwards (nothing left open for Jest's --detectOpenHandles to find).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { DeliveryEntity, SubscriptionsRepository, WatchRulesRepository } from '@marsad/database';
import { NatsConnectionService } from '@marsad/messaging';
import { createServiceEnvironment, waitFor, type ServiceEnvironment } from '@marsad/testing';
import { generateWebhookSecret } from '@marsad/webhooks';
import { RuleCacheService } from './rules-cache/rule-cache.service';
import { eventMessage, startAlertingUnderTest, type AlertingUnderTest } from './test-support/alerting-under-test';

jest.setTimeout(60_000);

describe('alerting: graceful shutdown (real services, in-process)', () => {
  let services: ServiceEnvironment;
  let db: ServiceEnvironment['db'];
  let alerting: AlertingUnderTest;
  let slow: Server;
  let url: string;
  let requests = 0;
  let release: (() => void) | undefined;

  beforeAll(async () => {
    services = await createServiceEnvironment({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    db = services.db;
    // A receiver that answers only when the test says so, to hold a delivery in flight.
    slow = createServer((req, res) => {
      requests++;
      req.resume();
      release = () => res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hooks`;
    alerting = await startAlertingUnderTest(services.config, {
      rulesReconcileMs: 3_600_000,
      sweepIntervalMs: 3_600_000,
    });
  });

  afterAll(async () => {
    await alerting?.close();
    await new Promise<void>((resolve) => (slow ? slow.close(() => resolve()) : resolve()));
    await services?.cleanup();
  });

  it('finishes the in-flight delivery, records it, then closes NATS and the pool', async () => {
    const rule = await new WatchRulesRepository(db.dataSource).create({
      tenantId: 'default',
      name: 'shutdown',
      match: { sources: ['src-shutdown'] },
    });
    await alerting.notifyRuleChanged(rule.id, 'created');
    const sub = await new SubscriptionsRepository(db.dataSource).create({
      tenantId: 'default',
      name: 'slow',
      url,
      secret: generateWebhookSecret(),
    });
    const cache = alerting.app.get(RuleCacheService);
    await waitFor('the rule to be loaded', () => cache.match(eventMessage('src-shutdown')).length > 0);
    await alerting.storeAndPublish(eventMessage('src-shutdown'));
    await waitFor('the delivery to reach the receiver', () => requests === 1);

    const nc = alerting.app.get(NatsConnectionService).nc;
    const pool = alerting.app.get(DataSource);
    const closing = alerting.close();
    // Answer only once shutdown is well under way (consumers stopped, workers closing), so a pool closed too early
    // would lose the outcome. The wait is not asserted on; it only orders the two.
    await new Promise((resolve) => setTimeout(resolve, 300));
    release?.();
    await expect(closing).resolves.toBeUndefined();

    const delivery = await db.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ subscriptionId: sub.id });
    expect(delivery).toMatchObject({ status: 'succeeded', lastStatusCode: 204, attempts: 1 });
    expect(nc.isClosed()).toBe(true);
    expect(pool.isInitialized).toBe(false);
    expect(requests).toBe(1);
  });
});
