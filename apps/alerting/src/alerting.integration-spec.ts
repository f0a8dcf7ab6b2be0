/**
 * The alerting app in-process on real PostgreSQL, NATS JetStream and Redis, delivering to a local HTTP receiver:
 * exactly-once signed delivery under a duplicate publish, rule refresh from `rules.changed`, throttling, 410
 * handling, and the sweeper healing a delivery whose job was never enqueued. Each test aims its events at its own
 * rule (by sourceId) and its own subscription (by ruleIds), so the tests share one app without seeing each other.
 */
import {
  AlertsRepository,
  DeliveriesRepository,
  EventsRepository,
  SubscriptionsRepository,
  WatchRulesRepository,
  DeliveryEntity,
} from '@marsad/database';
import { PipelineMetrics } from '@marsad/observability';
import {
  createServiceEnvironment,
  startWebhookReceiver,
  waitFor,
  type ServiceEnvironment,
  type WebhookReceiver,
} from '@marsad/testing';
import { generateWebhookSecret, verifyPayload } from '@marsad/webhooks';
import { DeliverySweeperService } from './delivery/delivery-sweeper.service';
import { RuleCacheService } from './rules-cache/rule-cache.service';
import { eventMessage, startAlertingUnderTest, type AlertingUnderTest } from './test-support/alerting-under-test';

jest.setTimeout(60_000);

const HOUR_MS = 3_600_000;

describe('alerting (real services, in-process)', () => {
  let services: ServiceEnvironment;
  let db: ServiceEnvironment['db'];
  let receiver: WebhookReceiver;
  let gone: WebhookReceiver;
  let alerting: AlertingUnderTest;
  let rules: WatchRulesRepository;
  let subscriptions: SubscriptionsRepository;
  let alerts: AlertsRepository;
  let deliveries: DeliveriesRepository;

  beforeAll(async () => {
    services = await createServiceEnvironment({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    db = services.db;
    receiver = await startWebhookReceiver();
    gone = await startWebhookReceiver(() => 410);
    rules = new WatchRulesRepository(db.dataSource);
    subscriptions = new SubscriptionsRepository(db.dataSource);
    alerts = new AlertsRepository(db.dataSource);
    deliveries = new DeliveriesRepository(db.dataSource);
    // Reconcile and sweep intervals far beyond the tests: anything that happens, a notice or a call caused.
    alerting = await startAlertingUnderTest(services.config, { rulesReconcileMs: HOUR_MS, sweepIntervalMs: HOUR_MS });
  });

  afterAll(async () => {
    // app.close() must resolve: consumers stop, workers finish, NATS drains, the pool closes.
    await alerting?.close();
    await receiver?.close();
    await gone?.close();
    await services?.cleanup();
  });

  /** A rule for one test's events only, loaded into the running cache through a rules.changed notice. */
  async function ruleFor(source: string, extra: { throttle?: Record<string, unknown> } = {}) {
    const rule = await rules.create({ tenantId: 'default', name: source, match: { sources: [source] }, ...extra });
    await alerting.notifyRuleChanged(rule.id, 'created');
    await waitFor(`rule ${source} in the cache`, () => matches(source, rule.id));
    return rule;
  }

  const matches = (source: string, ruleId: string) =>
    alerting.app
      .get(RuleCacheService)
      .match(eventMessage(source))
      .some((m) => m.ruleId === ruleId);

  const alertCount = async (ruleId: string) =>
    Number(
      (await db.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM alerts WHERE rule_id = $1', [ruleId]))[0]
        .n,
    );

  const deliveriesOf = (subscriptionId: string) =>
    db.dataSource.getRepository(DeliveryEntity).findBy({ subscriptionId });

  const bodiesAbout = (eventId: string) => receiver.received.filter((r) => r.body.includes(eventId));

  it('delivers a matching event signed, exactly once, though published twice under different msg ids', async () => {
    const rule = await ruleFor('src-once');
    const secret = generateWebhookSecret();
    const sub = await subscriptions.create({
      tenantId: 'default',
      name: 'once',
      url: receiver.url,
      secret,
      ruleIds: [rule.id],
    });
    const message = eventMessage('src-once');
    await alerting.storeAndPublish(message, 'first-id');
    const seq = await alerting.publish(message, 'second-id');
    await waitFor('both copies to be handled', () => alerting.consumedUpTo(seq));
    const [delivery] = await waitFor('the delivery to succeed', async () => {
      const rows = await deliveriesOf(sub.id);
      return rows.length && rows.every((d) => d.status === 'succeeded') ? rows : undefined;
    });

    expect(await alertCount(rule.id)).toBe(1);
    const received = bodiesAbout(message.event.id);
    expect(received).toHaveLength(1);
    const headers = Object.fromEntries(Object.entries(received[0].headers).map(([k, v]) => [k, String(v)]));
    expect(verifyPayload(secret, received[0].body, headers)).toEqual({ ok: true });
    expect(headers['webhook-id']).toBe(delivery.id);
    expect(JSON.parse(received[0].body)).toMatchObject({
      type: 'alert.created',
      rule: { id: rule.id, name: 'src-once' },
      event: { id: message.event.id, type: 'ASSAULT' },
      source_id: 'src-once',
    });
  });

  it('picks up a rule from a rules.changed notice, and stops matching once it is disabled', async () => {
    const rule = await rules.create({ tenantId: 'default', name: 'late', match: { sources: ['src-late'] } });
    expect(matches('src-late', rule.id)).toBe(false);
    await alerting.notifyRuleChanged(rule.id, 'created');
    await waitFor('the notice to load the rule', () => matches('src-late', rule.id));
    const first = eventMessage('src-late');
    await alerting.storeAndPublish(first);
    await waitFor('the alert of the new rule', async () => (await alertCount(rule.id)) === 1);

    await rules.update(rule.id, 'default', { enabled: false });
    await alerting.notifyRuleChanged(rule.id, 'updated');
    await waitFor('the notice to drop the rule', () => !matches('src-late', rule.id));
    const seq = await alerting.storeAndPublish(eventMessage('src-late'));
    await waitFor('the event to be handled', () => alerting.consumedUpTo(seq));
    expect(await alertCount(rule.id)).toBe(1);
  });

  it('throttles a rule: with 2 alerts per hour the third matching event records nothing', async () => {
    const rule = await ruleFor('src-throttle', { throttle: { maxAlerts: 2, perSeconds: 3600 } });
    const metrics = alerting.app.get(PipelineMetrics);
    const throttledBefore = await throttledCount(metrics);
    let seq = 0;
    for (let i = 0; i < 3; i++) seq = await alerting.storeAndPublish(eventMessage('src-throttle'));
    await waitFor('the three events to be handled', () => alerting.consumedUpTo(seq));
    expect(await alertCount(rule.id)).toBe(2);
    expect((await throttledCount(metrics)) - throttledBefore).toBe(1);
    // Replaying an event that already has its alert is a duplicate, not one more throttled alert.
    const [alerted] = (await alerts.list({ tenantId: 'default', limit: 1, ruleId: rule.id })).data;
    const replay = await alerting.publish(eventMessage('src-throttle', { id: alerted.eventId }), 'replay');
    await waitFor('the replay to be handled', () => alerting.consumedUpTo(replay));
    expect(await alertCount(rule.id)).toBe(2);
    expect((await throttledCount(metrics)) - throttledBefore).toBe(1);
  });

  it('disables the subscription on 410 Gone and marks the delivery dead', async () => {
    const rule = await ruleFor('src-gone');
    const sub = await subscriptions.create({
      tenantId: 'default',
      name: 'gone',
      url: gone.url,
      secret: generateWebhookSecret(),
      ruleIds: [rule.id],
    });
    await alerting.storeAndPublish(eventMessage('src-gone'));
    const [delivery] = await waitFor('the delivery to die', async () => {
      const rows = await deliveriesOf(sub.id);
      return rows.length && rows[0].status === 'dead' ? rows : undefined;
    });
    expect(delivery).toMatchObject({ status: 'dead', lastStatusCode: 410, attempts: 1 });
    const after = await subscriptions.get(sub.id, 'default');
    expect(after?.enabled).toBe(false);
    expect(after?.disabledReason).toMatch(/410/);
    expect(gone.received).toHaveLength(1);
  });

  it('re-enqueues, on sweep, a pending delivery whose job was never enqueued, and it gets delivered', async () => {
    const rule = await rules.create({ tenantId: 'default', name: 'orphan', match: { sources: ['src-orphan'] } });
    const secret = generateWebhookSecret();
    const sub = await subscriptions.create({
      tenantId: 'default',
      name: 'orphan',
      url: receiver.url,
      secret,
      ruleIds: [rule.id],
    });
    const message = eventMessage('src-orphan');
    await new EventsRepository(db.dataSource).insertMany([message.event], 'default');
    const { alert } = await alerts.recordAlert({
      tenantId: 'default',
      ruleId: rule.id,
      eventId: message.event.id,
      payload: { type: 'alert.created', event: { id: message.event.id } },
    });
    // The crash window: the row is written, the job never reached Redis.
    const [orphan] = await deliveries.createForAlert(alert.id, [sub.id], 'default');
    expect(orphan.status).toBe('pending');

    const swept = await alerting.app.get(DeliverySweeperService).sweep(0);
    expect(swept).toBeGreaterThanOrEqual(1);
    await waitFor(
      'the swept delivery to succeed',
      async () => (await deliveries.get(orphan.id))?.status === 'succeeded',
    );
    const received = bodiesAbout(message.event.id);
    expect(received).toHaveLength(1);
    expect(received[0].headers['webhook-id']).toBe(orphan.id);
  });
});

async function throttledCount(metrics: PipelineMetrics): Promise<number> {
  const { values } = await metrics.alertsRecorded.get();
  return values.find((v) => v.labels.outcome === 'throttled')?.value ?? 0;
}
