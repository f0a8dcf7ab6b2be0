import { IdempotencyKeysRepository } from '../idempotency/idempotency-keys.repository';
import { SourcesRepository } from '../sources/sources.repository';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { openTestSchema, type TestSchema } from '../test-support/test-schema';
import { WatchRulesRepository } from './watch-rules.repository';

jest.setTimeout(30_000);

describe('CRUD repositories (Postgres)', () => {
  let db: TestSchema;

  beforeAll(async () => {
    db = await openTestSchema();
  });
  afterAll(async () => db?.cleanup());

  it('watch rules: versioned updates, optimistic concurrency, soft delete, tenant scoping', async () => {
    const rules = new WatchRulesRepository(db.dataSource);
    const rule = await rules.create({
      tenantId: 'r',
      name: 'Strikes',
      match: { types: ['ASSAULT'], countries: ['SY'] },
    });
    expect(rule).toMatchObject({ version: 1, enabled: true, throttle: null, deletedAt: null });

    const updated = await rules.update(rule.id, 'r', { match: { types: ['PROTEST'] }, throttle: { perHours: 1 } });
    expect(updated).toMatchObject({
      version: 2,
      match: { types: ['PROTEST'] },
      throttle: { perHours: 1 },
      name: 'Strikes',
    });
    expect(updated!.updatedAt.getTime()).toBeGreaterThanOrEqual(rule.updatedAt.getTime());
    expect(await rules.update(rule.id, 'r', { name: 'stale' }, 1)).toBeNull();
    expect(await rules.update(rule.id, 'r', { name: 'fresh' }, 2)).toMatchObject({ name: 'fresh', version: 3 });
    expect(await rules.update(rule.id, 'other-tenant', { name: 'x' })).toBeNull();

    const off = await rules.create({ tenantId: 'r', name: 'Off', enabled: false, match: {} });
    await rules.create({ tenantId: 'r2', name: 'Elsewhere', match: {} });
    expect((await rules.listEnabled('r')).map((x) => x.id)).toEqual([rule.id]);
    expect((await rules.listEnabled()).map((x) => x.name).sort()).toEqual(['Elsewhere', 'fresh']);

    expect(await rules.softDelete(rule.id, 'r')).toBe(true);
    expect(await rules.softDelete(rule.id, 'r')).toBe(false);
    expect(await rules.get(rule.id, 'r')).toBeNull();
    expect(await rules.update(rule.id, 'r', { name: 'ghost' })).toBeNull();
    expect((await rules.listEnabled('r')).map((x) => x.id)).toEqual([]);
    expect((await rules.list({ tenantId: 'r', limit: 10 })).data.map((x) => x.id)).toEqual([off.id]);
    // Kept in the table (soft), with its version bumped so caches see the change.
    const raw = await db.dataSource.query<{ version: number }[]>('SELECT version FROM watch_rules WHERE id = $1', [
      rule.id,
    ]);
    expect(raw[0]?.version).toBe(4);
  });

  it('subscriptions: create, update, delete, list', async () => {
    const subs = new SubscriptionsRepository(db.dataSource);
    const created = await subs.create({
      tenantId: 's',
      name: 'ops',
      url: 'https://hooks.example/ops',
      secret: 'whsec_abc',
    });
    expect(created).toMatchObject({ enabled: true, ruleIds: null, disabledReason: null });
    const ruleId = '3f1c1a4e-2b7d-4c55-9a43-0d2f7a9b1c11';
    expect(await subs.update(created.id, 's', { ruleIds: [ruleId] })).toMatchObject({ ruleIds: [ruleId] });
    expect(await subs.update(created.id, 's', {})).toMatchObject({ id: created.id });
    expect(await subs.update(created.id, 'x', { name: 'nope' })).toBeNull();
    expect((await subs.list({ tenantId: 's', limit: 5 })).data.map((x) => x.id)).toEqual([created.id]);
    expect(await subs.delete(created.id, 'x')).toBe(false);
    expect(await subs.delete(created.id, 's')).toBe(true);
    expect(await subs.get(created.id, 's')).toBeNull();
  });

  it('sources: CRUD, name unique per tenant, ensureByName idempotent, kind checked', async () => {
    const sources = new SourcesRepository(db.dataSource);
    const rss = await sources.create({
      tenantId: 'src',
      name: 'BBC Arabic',
      kind: 'rss',
      url: 'https://feeds.example/rss',
    });
    expect(rss).toMatchObject({ enabled: true, pollIntervalSeconds: 900, kind: 'rss' });
    await expect(sources.create({ tenantId: 'src', name: 'BBC Arabic', kind: 'rss' })).rejects.toThrow(
      /uq_sources_tenant_name/,
    );
    await expect(sources.create({ tenantId: 'src', name: 'Bad', kind: 'ftp' as never })).rejects.toThrow(
      /ck_sources_kind/,
    );

    expect(await sources.ensureByName({ tenantId: 'src', name: 'BBC Arabic', kind: 'atom' })).toEqual({
      source: expect.objectContaining({ id: rss.id, kind: 'rss' }),
      created: false,
    });
    const pushed = await sources.ensureByName({ tenantId: 'src', name: 'Push', kind: 'push' });
    expect(pushed.created).toBe(true);

    expect(await sources.update(rss.id, 'src', { enabled: false, pollIntervalSeconds: 60 })).toMatchObject({
      enabled: false,
      pollIntervalSeconds: 60,
    });
    expect((await sources.listEnabled()).map((s) => s.id)).toEqual([pushed.source.id]);
    expect((await sources.list({ tenantId: 'src', limit: 1 })).hasMore).toBe(true);
    expect(await sources.delete(rss.id, 'src')).toBe(true);
    expect(await sources.get(rss.id, 'src')).toBeNull();
  });

  it('idempotency keys: first response wins', async () => {
    const keys = new IdempotencyKeysRepository(db.dataSource);
    const first = await keys.remember({
      tenantId: 'i',
      key: 'k1',
      requestHash: 'h1',
      statusCode: 201,
      response: { id: 1 },
    });
    const second = await keys.remember({
      tenantId: 'i',
      key: 'k1',
      requestHash: 'h2',
      statusCode: 500,
      response: null,
    });
    expect(first.stored).toBe(true);
    expect(second).toEqual({
      stored: false,
      entry: expect.objectContaining({ requestHash: 'h1', statusCode: 201, response: { id: 1 } }),
    });
    expect(await keys.find('other', 'k1')).toBeNull();
    expect(await keys.deleteOlderThan(new Date(Date.now() + 60_000))).toBe(1);
    expect(await keys.find('i', 'k1')).toBeNull();
  });
});
