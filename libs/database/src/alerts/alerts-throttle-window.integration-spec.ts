// The queries behind watch-rule throttling: a rule's alert times in a window, and the alert of one (rule, event).
import { EventsRepository } from '../events/events.repository';
import { sampleEvent } from '../test-support/sample-rows';
import { openTestSchema, type TestSchema } from '../test-support/test-schema';
import { WatchRulesRepository } from '../watch-rules/watch-rules.repository';
import { AlertsRepository } from './alerts.repository';

jest.setTimeout(30_000);

describe('alert throttle window (Postgres)', () => {
  let db: TestSchema;
  let alerts: AlertsRepository;
  let rules: WatchRulesRepository;
  let events: EventsRepository;

  beforeAll(async () => {
    db = await openTestSchema();
    alerts = new AlertsRepository(db.dataSource);
    rules = new WatchRulesRepository(db.dataSource);
    events = new EventsRepository(db.dataSource);
  });
  afterAll(async () => db?.cleanup());

  it("returns only this rule's and tenant's alert times after the cutoff, oldest first", async () => {
    const rule = await rules.create({ tenantId: 'default', name: 'r', match: {} });
    const other = await rules.create({ tenantId: 'default', name: 'o', match: {} });
    const batch = Array.from({ length: 4 }, () => sampleEvent());
    await events.insertMany(batch, 'default');
    const ids: string[] = [];
    for (const e of batch)
      ids.push(
        (await alerts.recordAlert({ tenantId: 'default', ruleId: rule.id, eventId: e.id, payload: {} })).alert.id,
      );
    await alerts.recordAlert({ tenantId: 'default', ruleId: other.id, eventId: batch[0].id, payload: {} });
    // Age the first alert out of a one-hour window.
    await db.dataSource.query(`UPDATE alerts SET created_at = now() - interval '2 hours' WHERE id = $1`, [ids[0]]);

    const since = new Date(Date.now() - 3600_000);
    const times = await alerts.recentCreatedAt(rule.id, 'default', since);
    expect(times).toHaveLength(3);
    expect(times.every((t) => t instanceof Date && t > since)).toBe(true);
    expect([...times].sort((a, b) => a.getTime() - b.getTime())).toEqual(times);
    expect(await alerts.recentCreatedAt(rule.id, 'elsewhere', since)).toEqual([]);
    expect(await alerts.recentCreatedAt(rule.id, 'default', new Date(Date.now() - 3 * 3600_000))).toHaveLength(4);
  });

  it('finds the alert of a (rule, event) pair, and nothing for a pair never alerted', async () => {
    const rule = await rules.create({ tenantId: 'default', name: 'f', match: {} });
    const [seen, unseen] = [sampleEvent(), sampleEvent()];
    await events.insertMany([seen, unseen], 'default');
    const { alert } = await alerts.recordAlert({ tenantId: 'default', ruleId: rule.id, eventId: seen.id, payload: {} });
    expect((await alerts.findForEvent(rule.id, seen.id, 'default'))?.id).toBe(alert.id);
    expect(await alerts.findForEvent(rule.id, unseen.id, 'default')).toBeNull();
    expect(await alerts.findForEvent(rule.id, seen.id, 'elsewhere')).toBeNull();
  });
});
