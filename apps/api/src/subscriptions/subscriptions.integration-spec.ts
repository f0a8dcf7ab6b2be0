/**
 * /subscriptions on the real api app: the `whsec_` signing secret is shown on create and rotate only, URLs are
 * checked for an http(s) scheme, and reads never leak the secret.
 */
import { SubscriptionsRepository } from '@marsad/database';
import { createServiceEnvironment, type ServiceEnvironment } from '@marsad/testing';
import { isValidWebhookSecret } from '@marsad/webhooks';
import { startApiUnderTest, type ApiUnderTest } from '../test-support/api-under-test';

jest.setTimeout(60_000);

interface SubscriptionView {
  id: string;
  object: string;
  name: string;
  url: string;
  enabled: boolean;
  rule_ids: string[] | null;
  secret?: string;
}
interface Problem {
  status: number;
  issues?: { path: string; message: string }[];
}

describe('api /subscriptions (real services)', () => {
  let services: ServiceEnvironment;
  let api: ApiUnderTest;
  let db: ServiceEnvironment['db'];

  beforeAll(async () => {
    services = await createServiceEnvironment();
    db = services.db;
    api = await startApiUnderTest(services.config);
  });

  afterAll(async () => {
    await api?.close();
    await services?.cleanup();
  });

  const create = (body: unknown) => api.request<SubscriptionView>('POST', '/subscriptions', { body });

  it('shows the whsec_ secret once, on create; reads and lists never do', async () => {
    const res = await create({ name: 'desk', url: 'https://hooks.example.org/marsad' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ object: 'subscription', enabled: true, rule_ids: null });
    expect(res.body.secret).toMatch(/^whsec_/);
    expect(isValidWebhookSecret(res.body.secret!)).toBe(true);
    const stored = await new SubscriptionsRepository(db.dataSource).get(res.body.id, 'default');
    expect(stored?.secret).toBe(res.body.secret);

    const read = await api.request<SubscriptionView>('GET', `/subscriptions/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.text).not.toContain('whsec_');
    expect(read.body).not.toHaveProperty('secret');
    const list = await api.request<{ data: SubscriptionView[] }>('GET', '/subscriptions?limit=100');
    expect(list.body.data.map((s) => s.id)).toContain(res.body.id);
    expect(list.text).not.toContain('whsec_');
    const patched = await api.request<SubscriptionView>('PATCH', `/subscriptions/${res.body.id}`, {
      body: { name: 'renamed' },
    });
    expect(patched.body.name).toBe('renamed');
    expect(patched.text).not.toContain('whsec_');
  });

  it.each([
    ['an ftp URL', 'ftp://hooks.example.org/x'],
    ['a URL without a scheme', 'hooks.example.org/x'],
    ['no URL at all', undefined],
  ])('refuses %s with 400 problem+json on the url field', async (_what, url) => {
    const res = await api.request<Problem>('POST', '/subscriptions', { body: { name: 'bad', url } });
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.issues?.map((i) => i.path)).toContain('url');
  });

  it('refuses rule ids that are not uuids', async () => {
    const res = await api.request<Problem>('POST', '/subscriptions', {
      body: { name: 'x', url: 'https://h.example/x', ruleIds: ['nope'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.issues?.map((i) => i.path)).toContain('ruleIds');
  });

  it('rotates the secret: a new one is shown once and replaces the old', async () => {
    const { body: created } = await create({ name: 'rotating', url: 'https://hooks.example.org/r' });
    const rotated = await api.request<SubscriptionView>('POST', `/subscriptions/${created.id}/rotate-secret`);
    expect(rotated.status).toBe(201);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);
    const stored = await new SubscriptionsRepository(db.dataSource).get(created.id, 'default');
    expect(stored?.secret).toBe(rotated.body.secret);
    const missing = await api.request('POST', '/subscriptions/00000000-0000-4000-8000-000000000000/rotate-secret');
    expect(missing.status).toBe(404);
  });

  it('deletes with 204, then answers 404', async () => {
    const { body: created } = await create({ name: 'gone', url: 'https://hooks.example.org/g' });
    expect((await api.request('DELETE', `/subscriptions/${created.id}`)).status).toBe(204);
    const gone = await api.request('GET', `/subscriptions/${created.id}`);
    expect(gone.status).toBe(404);
    expect(gone.contentType).toContain('application/problem+json');
  });
});
