import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { EventsRepository } from '../events/events.repository';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { sampleEvent } from '../test-support/sample-rows';
import { openTestSchema, type TestSchema } from '../test-support/test-schema';
import { WatchRulesRepository } from '../watch-rules/watch-rules.repository';
import { AlertsRepository } from './alerts.repository';

jest.setTimeout(30_000);

describe('alerts and deliveries (Postgres)', () => {
  let db: TestSchema;
  let alerts: AlertsRepository;
  let deliveries: DeliveriesRepository;
  let rules: WatchRulesRepository;
  let subscriptions: SubscriptionsRepository;
  let events: EventsRepository;

  beforeAll(async () => {
    db = await openTestSchema();
    alerts = new AlertsRepository(db.dataSource);
    deliveries = new DeliveriesRepository(db.dataSource);
    rules = new WatchRulesRepository(db.dataSource);
    subscriptions = new SubscriptionsRepository(db.dataSource);
    events = new EventsRepository(db.dataSource);
  });
  afterAll(async () => db?.cleanup());

  async function ruleAndEvent(tenantId = 'default') {
    const rule = await rules.create({ tenantId, name: 'Aleppo strikes', match: { types: ['ASSAULT'] } });
    const event = sampleEvent();
    await events.insertMany([event], tenantId);
    return { rule, event };
  }

  it('records one alert per (rule, event) and says so the second time', async () => {
    const { rule, event } = await ruleAndEvent();
    const input = { tenantId: 'default', ruleId: rule.id, eventId: event.id, payload: { event, rule: rule.name } };
    const first = await alerts.recordAlert(input);
    const second = await alerts.recordAlert({ ...input, payload: { different: true } });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.alert.id).toBe(first.alert.id);
    expect(second.alert.payload).toEqual(input.payload);
    const count = await db.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM alerts WHERE rule_id = $1', [
      rule.id,
    ]);
    expect(count[0]?.n).toBe('1');
  });

  it('creates exactly one alert when the same event is processed concurrently', async () => {
    const { rule, event } = await ruleAndEvent();
    const input = { tenantId: 'default', ruleId: rule.id, eventId: event.id, payload: {} };
    const results = await Promise.all(Array.from({ length: 6 }, () => alerts.recordAlert(input)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.alert.id)).size).toBe(1);
  });

  it('refuses an alert for an event that was never stored', async () => {
    const { rule } = await ruleAndEvent();
    await expect(
      alerts.recordAlert({ tenantId: 'default', ruleId: rule.id, eventId: 'missing', payload: {} }),
    ).rejects.toThrow(/fk_alerts_event/);
  });

  it('lists alerts page by page, each once, optionally by rule', async () => {
    const tenantId = 'alert-pages';
    const { rule } = await ruleAndEvent(tenantId);
    const batch = Array.from({ length: 7 }, () => sampleEvent());
    await events.insertMany(batch, tenantId);
    for (const e of batch) await alerts.recordAlert({ tenantId, ruleId: rule.id, eventId: e.id, payload: {} });
    const seen: string[] = [];
    let startingAfter: string | undefined;
    let hasMore = true;
    while (hasMore) {
      const page = await alerts.list({ tenantId, limit: 3, startingAfter, ruleId: rule.id });
      seen.push(...page.data.map((a) => a.eventId));
      hasMore = page.hasMore;
      startingAfter = page.data.at(-1)?.id;
    }
    expect(seen.sort()).toEqual(batch.map((e) => e.id).sort());
    expect((await alerts.list({ tenantId: 'nobody', limit: 3 })).data).toEqual([]);
  });

  it('creates one delivery per subscription, however often the alert is processed', async () => {
    const { rule, event } = await ruleAndEvent();
    const { alert } = await alerts.recordAlert({
      tenantId: 'default',
      ruleId: rule.id,
      eventId: event.id,
      payload: {},
    });
    const subs = await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        subscriptions.create({ tenantId: 'default', name, url: `https://hooks.example/${name}`, secret: 'whsec_x' }),
      ),
    );
    const ids = subs.map((s) => s.id);
    const first = await deliveries.createForAlert(alert.id, ids, 'default');
    const again = await deliveries.createForAlert(alert.id, ids, 'default');
    const concurrent = await Promise.all([
      deliveries.createForAlert(alert.id, ids, 'default'),
      deliveries.createForAlert(alert.id, ids, 'default'),
    ]);
    expect(first).toHaveLength(3);
    expect(first.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
    expect(again.map((d) => d.id).sort()).toEqual(first.map((d) => d.id).sort());
    expect(
      concurrent
        .flat()
        .map((d) => d.id)
        .sort(),
    ).toEqual([...first, ...first].map((d) => d.id).sort());
    expect(await deliveries.createForAlert(alert.id, [], 'default')).toEqual([]);
  });

  it('tracks attempts and never moves a finished delivery back', async () => {
    const { rule, event } = await ruleAndEvent();
    const { alert } = await alerts.recordAlert({
      tenantId: 'default',
      ruleId: rule.id,
      eventId: event.id,
      payload: {},
    });
    const [okSub, deadSub] = await Promise.all(
      ['ok', 'dead'].map((name) =>
        subscriptions.create({ tenantId: 'default', name, url: 'https://hooks.example', secret: 's' }),
      ),
    );
    const created = await deliveries.createForAlert(alert.id, [okSub!.id, deadSub!.id], 'default');
    const ok = created.find((d) => d.subscriptionId === okSub!.id)!;
    const dead = created.find((d) => d.subscriptionId === deadSub!.id)!;

    const retryAt = new Date(Date.now() + 5_000);
    expect(await deliveries.markAttempt(ok.id, { status: 'delivering' })).toMatchObject({
      status: 'delivering',
      attempts: 0,
    });
    const failed = await deliveries.markAttempt(ok.id, {
      status: 'failed',
      statusCode: 502,
      error: 'Bad Gateway',
      nextAttemptAt: retryAt,
    });
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 502, lastError: 'Bad Gateway' });
    expect(failed?.nextAttemptAt?.getTime()).toBe(retryAt.getTime());
    const succeeded = await deliveries.markSucceeded(ok.id, { statusCode: 204 });
    expect(succeeded).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(succeeded?.deliveredAt).toBeInstanceOf(Date);
    // A replayed job after success changes nothing.
    expect(await deliveries.markAttempt(ok.id, { status: 'failed', statusCode: 500 })).toBeNull();
    expect(await deliveries.markDead(ok.id, { error: 'late' })).toBeNull();
    expect((await deliveries.get(ok.id))?.status).toBe('succeeded');

    expect(await deliveries.markDead(dead.id, { statusCode: 410, error: 'Gone' })).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastStatusCode: 410,
    });
    expect(await deliveries.markSucceeded(dead.id)).toBeNull();
  });

  it('lists unfinished deliveries untouched since a cutoff, for the sweeper', async () => {
    const { rule, event } = await ruleAndEvent();
    const { alert } = await alerts.recordAlert({
      tenantId: 'default',
      ruleId: rule.id,
      eventId: event.id,
      payload: {},
    });
    const subs = await Promise.all(
      ['p', 'f', 's'].map((name) =>
        subscriptions.create({ tenantId: 'default', name, url: 'https://h/x', secret: 's' }),
      ),
    );
    const [pending, failed, done] = await deliveries.createForAlert(
      alert.id,
      subs.map((s) => s.id),
      'default',
    );
    await deliveries.markAttempt(failed.id, { status: 'failed', statusCode: 500 });
    await deliveries.markSucceeded(done.id);
    const mine = (rows: { id: string }[]) =>
      rows.map((r) => r.id).filter((id) => [pending.id, failed.id, done.id].includes(id));
    expect(mine(await deliveries.listUnfinishedOlderThan(new Date(Date.now() - 60_000), 1000))).toEqual([]);
    const later = await deliveries.listUnfinishedOlderThan(new Date(Date.now() + 60_000), 1000);
    expect(mine(later).sort()).toEqual([pending.id, failed.id].sort());
  });

  it('finds the enabled subscriptions that take a rule: listed explicitly or all rules', async () => {
    const tenantId = 'routing';
    const ruleA = await rules.create({ tenantId, name: 'A', match: {} });
    const ruleB = await rules.create({ tenantId, name: 'B', match: {} });
    const all = await subscriptions.create({ tenantId, name: 'all', url: 'https://h/1', secret: 's' });
    const onlyA = await subscriptions.create({
      tenantId,
      name: 'onlyA',
      url: 'https://h/2',
      secret: 's',
      ruleIds: [ruleA.id],
    });
    await subscriptions.create({ tenantId, name: 'off', url: 'https://h/3', secret: 's', enabled: false });
    await subscriptions.create({ tenantId: 'elsewhere', name: 'foreign', url: 'https://h/4', secret: 's' });

    expect((await subscriptions.listActiveForRule(ruleA.id, tenantId)).map((s) => s.id).sort()).toEqual(
      [all.id, onlyA.id].sort(),
    );
    expect((await subscriptions.listActiveForRule(ruleB.id, tenantId)).map((s) => s.id)).toEqual([all.id]);
    await subscriptions.update(all.id, tenantId, { enabled: false, disabledReason: '410 Gone' });
    expect((await subscriptions.listActiveForRule(ruleB.id, tenantId)).map((s) => s.id)).toEqual([]);
    expect((await subscriptions.get(all.id, tenantId))?.disabledReason).toBe('410 Gone');
  });
});
