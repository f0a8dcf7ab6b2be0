/**
 * The rest of the api's surface on real services: alerts and events lists (envelope, filters, 404s), the OpenAPI
 * document, the queue dashboard's basic auth, readiness and Prometheus metrics.
 */
import { randomUUID } from 'node:crypto';
import { ArticleSchema, SUBJECTS, type MarsadEvent } from '@marsad/contracts';
import { AlertsRepository, EventsRepository, WatchRulesRepository } from '@marsad/database';
import { startConsumer } from '@marsad/messaging';
import { createServiceEnvironment, sampleEvent, waitFor, type ServiceEnvironment } from '@marsad/testing';
import { startApiUnderTest, type ApiUnderTest } from './test-support/api-under-test';

jest.setTimeout(60_000);

interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}
interface Problem {
  status: number;
  title: string;
  issues?: { path: string; message: string }[];
}

const event = (overrides: Partial<MarsadEvent> = {}) => sampleEvent({ articleId: 'art-1', ...overrides });

describe('api: alerts, events, docs, dashboards, health (real services)', () => {
  let services: ServiceEnvironment;
  let api: ApiUnderTest;
  let db: ServiceEnvironment['db'];
  const assault = event();
  const protest = event({ type: 'PROTEST', location: { name: 'Baghdad', country: 'IQ', lat: 33.3, lon: 44.4 } });
  let alertId: string;

  beforeAll(async () => {
    services = await createServiceEnvironment();
    db = services.db;
    await new EventsRepository(db.dataSource).insertMany([assault, protest], 'default');
    const rule = await new WatchRulesRepository(db.dataSource).create({
      tenantId: 'default',
      name: 'assaults',
      match: { types: ['ASSAULT'] },
    });
    alertId = (
      await new AlertsRepository(db.dataSource).recordAlert({
        tenantId: 'default',
        ruleId: rule.id,
        eventId: assault.id,
        payload: { type: 'alert.created' },
      })
    ).alert.id;
    api = await startApiUnderTest(services.config);
  });

  afterAll(async () => {
    await api?.close();
    await services?.cleanup();
  });

  it('lists alerts in the list envelope and reads one; an unknown id is a 404 problem', async () => {
    const list = await api.request<List<{ id: string; object: string; event_id: string }>>('GET', '/alerts');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ object: 'list', has_more: false });
    expect(list.body.data).toEqual([expect.objectContaining({ id: alertId, object: 'alert', event_id: assault.id })]);
    expect((await api.request('GET', `/alerts/${alertId}`)).status).toBe(200);
    const missing = await api.request<Problem>('GET', `/alerts/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
    expect(missing.body.status).toBe(404);
  });

  it('lists events with type and country filters; a bad type is a 400 problem', async () => {
    const all = await api.request<List<{ id: string }>>('GET', '/events');
    expect(all.body.object).toBe('list');
    expect(all.body.data.map((e) => e.id).sort()).toEqual([assault.id, protest.id].sort());
    const protests = await api.request<List<{ id: string }>>('GET', '/events?type=PROTEST');
    expect(protests.body.data.map((e) => e.id)).toEqual([protest.id]);
    const syria = await api.request<List<{ id: string }>>('GET', '/events?country=SY');
    expect(syria.body.data.map((e) => e.id)).toEqual([assault.id]);
    const paged = await api.request<List<{ id: string }>>('GET', '/events?limit=1');
    expect(paged.body).toMatchObject({ has_more: true });
    expect(paged.body.data).toHaveLength(1);

    const bad = await api.request<Problem>('GET', '/events?type=ATTACK');
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.issues?.map((i) => i.path)).toEqual(['type']);
    expect((await api.request('GET', `/events/${assault.id}`)).status).toBe(200);
    const missing = await api.request('GET', '/events/evt-nope');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
  });

  it('lists what a consumer dead-lettered, with the reason and the original subject', async () => {
    const { nats } = services;
    const handled: string[] = [];
    const consumer = await startConsumer(nats.js, {
      names: nats.names,
      subject: SUBJECTS.articlesIngested,
      durable: 'dlq-probe',
      schema: ArticleSchema,
      handler: async (article) => {
        handled.push(article.id);
      },
      maxDeliver: 1,
      backoffMs: [10],
    });
    try {
      await nats.js.publish(nats.names.subject(SUBJECTS.articlesIngested), new TextEncoder().encode('{not json'));
      const list = await waitFor('the dead letter to be listed', async () => {
        const res = await api.request<{ data: { subject: string; reason: string; payload: string }[] }>(
          'GET',
          '/dead-letters',
        );
        return res.body.data.length ? res.body : undefined;
      });
      expect(list.data[0]).toMatchObject({
        subject: 'articles.ingested',
        reason: 'invalid-json',
        payload: '{not json',
      });
      expect(handled).toEqual([]);
    } finally {
      await consumer.stop();
    }
    expect((await api.request<Problem>('GET', '/dead-letters?limit=500')).status).toBe(400);
  });

  it('serves an OpenAPI document listing the rules and subscriptions paths', async () => {
    const doc = await api.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/rules', '/rules/{id}', '/subscriptions', '/alerts', '/events']),
    );
    expect((await api.request('GET', '/docs')).status).toBe(200);
  });

  it('guards the queue dashboard with basic auth', async () => {
    const anonymous = await api.request('GET', '/admin/queues');
    expect(anonymous.status).toBe(401);
    const wrong = await api.request('GET', '/admin/queues', {
      headers: { authorization: `Basic ${Buffer.from('admin:wrong').toString('base64')}` },
    });
    expect(wrong.status).toBe(401);
    const auth = { authorization: `Basic ${Buffer.from('admin:marsad').toString('base64')}` };
    const page = await api.request('GET', '/admin/queues', { headers: auth });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html');
    const queues = await api.request<{ queues: { name: string }[] }>('GET', '/admin/queues/api/queues', {
      headers: auth,
    });
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q) => q.name)).toContain('webhook-delivery');
  });

  it('answers readiness and exposes marsad_ metrics', async () => {
    const ready = await api.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', database: 'up' });
    const metrics = await api.request('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.contentType).toContain('text/plain');
    expect(metrics.text).toContain('marsad_');
    expect((await api.request('GET', '/no-such-route')).status).toBe(404);
  });
});
