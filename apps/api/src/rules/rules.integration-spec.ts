/**
 * /rules on the real api app (in-process, real PostgreSQL, NATS JetStream and Redis): creation, the deep
 * validation answered as problem+json with field issues, cursor pagination, optimistic concurrency, deletion, and
 * the `rules.changed` notices the outbox relay publishes to the CONTROL stream.
 */
import { SUBJECTS, type RulesChanged } from '@marsad/contracts';
import { createServiceEnvironment, waitFor, type ServiceEnvironment } from '@marsad/testing';
import { startApiUnderTest, type ApiUnderTest } from '../test-support/api-under-test';

jest.setTimeout(60_000);

interface RuleView {
  id: string;
  object: string;
  name: string;
  enabled: boolean;
  match: Record<string, unknown>;
  throttle: Record<string, unknown> | null;
  version: number;
}
interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  issues?: { path: string; message: string }[];
}
interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

describe('api /rules (real services)', () => {
  let services: ServiceEnvironment;
  let api: ApiUnderTest;

  beforeAll(async () => {
    services = await createServiceEnvironment();
    api = await startApiUnderTest(services.config);
  });

  afterAll(async () => {
    await api?.close();
    await services?.cleanup();
  });

  const createRule = (body: unknown) => api.request<RuleView>('POST', '/rules', { body });

  async function controlNotices(): Promise<RulesChanged[]> {
    const messages = await services.nats.read(services.nats.names.stream('control'));
    return messages
      .filter((m) => m.subject === services.nats.names.subject(SUBJECTS.rulesChanged))
      .map((m) => JSON.parse(m.text) as RulesChanged);
  }

  it('creates a rule: 201 with id and version 1, nested match fields kept as sent', async () => {
    const res = await createRule({
      name: 'Deadly attacks near Palmyra',
      match: {
        types: ['ASSAULT'],
        countries: ['SY'],
        near: { lat: 34.556, lon: 38.267, radiusKm: 50 },
        minKilled: 3,
        query: 'تدمر OR Palmyra',
      },
      throttle: { maxAlerts: 10, perSeconds: 3600 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      object: 'watch_rule',
      version: 1,
      enabled: true,
      match: { types: ['ASSAULT'], near: { lat: 34.556, lon: 38.267, radiusKm: 50 }, query: 'تدمر OR Palmyra' },
      throttle: { maxAlerts: 10, perSeconds: 3600 },
    });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const read = await api.request<RuleView>('GET', `/rules/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.match).toEqual(res.body.match);
  });

  it.each([
    ['an unknown event type', { types: ['ATTACK'] }, 'match.types.0', /unknown event type 'ATTACK'/],
    ['a query that does not parse', { query: '(Palmyra OR' }, 'match.query', /position \d+/],
    ['a latitude out of range', { near: { lat: 95, lon: 38, radiusKm: 10 } }, 'match.near.lat', /between -90 and 90/],
    ['an unknown match field', { colour: 'red' }, 'match', /colour/],
  ])('refuses %s with 400 problem+json naming the field', async (_what, match, path, message) => {
    const res = await api.request<Problem>('POST', '/rules', { body: { name: 'bad', match } });
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, type: 'about:blank' });
    const issue = res.body.issues?.find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
  });

  it('refuses a body without the top-level fields with one issue per field', async () => {
    const res = await api.request<Problem>('POST', '/rules', { body: { colour: 'red' } });
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    const paths = (res.body.issues ?? []).map((i) => i.path);
    expect(new Set(paths)).toEqual(new Set(['name', 'match', 'colour']));
    expect(res.body.issues?.find((i) => i.path === 'colour')?.message).toMatch(/should not exist/);
  });

  it('lists rules page by page with limit / starting_after / has_more, each rule once', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++)
      created.push((await createRule({ name: `page ${i}`, match: { types: ['PROTEST'] } })).body.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (let more = true; more; pages++) {
      const res = await api.request<List<RuleView>>(
        'GET',
        `/rules?limit=2${cursor ? `&starting_after=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.object).toBe('list');
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((r) => r.id));
      more = res.body.has_more;
      cursor = res.body.data.at(-1)?.id;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(created));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect((await api.request('GET', '/rules?limit=0')).status).toBe(400);
    for (const cursor of ['no-such-rule', '00000000-0000-4000-8000-000000000000']) {
      const unknown = await api.request<Problem>('GET', `/rules?starting_after=${cursor}`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.issues?.[0]?.path).toBe('starting_after');
    }
  });

  it('updates with If-Match: the current version wins, a stale one gets 409', async () => {
    const { body: rule } = await createRule({ name: 'versioned', match: { types: ['PROTEST'] } });
    const ok = await api.request<RuleView>('PATCH', `/rules/${rule.id}`, {
      body: { name: 'versioned v2', match: { types: ['PROTEST', 'COERCE'] } },
      headers: { 'if-match': `"${rule.version}"` },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'versioned v2', version: 2, match: { types: ['PROTEST', 'COERCE'] } });
    const stale = await api.request<Problem>('PATCH', `/rules/${rule.id}`, {
      body: { name: 'lost update' },
      headers: { 'if-match': String(rule.version) },
    });
    expect(stale.status).toBe(409);
    expect(stale.contentType).toContain('application/problem+json');
    expect((await api.request<RuleView>('GET', `/rules/${rule.id}`)).body.name).toBe('versioned v2');
  });

  it('deletes with 204, then answers 404 problem+json', async () => {
    const { body: rule } = await createRule({ name: 'short-lived', match: {} });
    const del = await api.request('DELETE', `/rules/${rule.id}`);
    expect(del.status).toBe(204);
    const gone = await api.request<Problem>('GET', `/rules/${rule.id}`);
    expect(gone.status).toBe(404);
    expect(gone.contentType).toContain('application/problem+json');
    expect((await api.request('DELETE', `/rules/${rule.id}`)).status).toBe(404);
    expect((await api.request('GET', '/rules/not-a-uuid')).status).toBe(400);
  });

  it('publishes a rules.changed notice for every create, update and delete through the outbox', async () => {
    const { body: rule } = await createRule({ name: 'announced', match: { types: ['AID'] } });
    await api.request('PATCH', `/rules/${rule.id}`, { body: { enabled: false } });
    await api.request('DELETE', `/rules/${rule.id}`);
    const notices = await waitFor(
      'the three notices of the rule on the CONTROL stream',
      async () => {
        const mine = (await controlNotices()).filter((n) => n.ruleId === rule.id);
        return mine.length >= 3 ? mine : undefined;
      },
      10_000,
    );
    expect(notices.map((n) => n.change)).toEqual(['created', 'updated', 'deleted']);
    expect(notices.every((n) => n.tenantId === 'default')).toBe(true);
  });

  it('replays a create retried with the same Idempotency-Key, and refuses the key for another request', async () => {
    const key = `retry-${Date.now()}`;
    const body = { name: 'Idempotent rule', match: { types: ['PROTEST'] } };
    const first = await api.request<RuleView>('POST', '/rules', { body, headers: { 'idempotency-key': key } });
    const again = await api.request<RuleView>('POST', '/rules', { body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const stored = await services.db.dataSource.query<{ n: string }[]>(
      "SELECT count(*) AS n FROM watch_rules WHERE name = 'Idempotent rule'",
    );
    expect(Number(stored[0].n)).toBe(1);

    const other = await api.request<Problem>('POST', '/rules', {
      body: { ...body, name: 'Something else' },
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(422);
    expect(other.contentType).toContain('application/problem+json');
    const bad = await api.request<Problem>('POST', '/rules', { body, headers: { 'idempotency-key': 'has space' } });
    expect(bad.status).toBe(400);
  });
});
