/** /sources on the real api app: validation, unique names, pagination, and `sources.changed` notices. */
import { SUBJECTS, type SourcesChanged } from '@marsad/contracts';
import { createServiceEnvironment, waitFor, type ServiceEnvironment } from '@marsad/testing';
import { startApiUnderTest, type ApiUnderTest } from '../test-support/api-under-test';

jest.setTimeout(60_000);

interface SourceView {
  id: string;
  name: string;
  kind: string;
  url: string | null;
  enabled: boolean;
  poll_interval_seconds: number;
}
interface Problem {
  status: number;
  issues?: { path: string; message: string }[];
}

describe('api /sources (real services)', () => {
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

  it('creates, lists, updates and deletes sources, announcing each change', async () => {
    const created = await api.request<SourceView>('POST', '/sources', {
      body: { name: 'Example feed', kind: 'rss', url: 'https://news.example/feed.xml' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'rss', enabled: true, poll_interval_seconds: 900 });

    const duplicate = await api.request<Problem>('POST', '/sources', { body: { name: 'Example feed', kind: 'push' } });
    expect(duplicate.status).toBe(409);

    const updated = await api.request<SourceView>('PATCH', `/sources/${created.body.id}`, {
      body: { enabled: false, pollIntervalSeconds: 300 },
    });
    expect(updated.body).toMatchObject({ enabled: false, poll_interval_seconds: 300 });

    const list = await api.request<{ data: SourceView[]; has_more: boolean }>('GET', '/sources?limit=10');
    expect(list.body.data.map((s) => s.id)).toContain(created.body.id);

    expect((await api.request('DELETE', `/sources/${created.body.id}`)).status).toBe(204);
    expect((await api.request('GET', `/sources/${created.body.id}`)).status).toBe(404);

    const { nats } = services;
    const notices = await waitFor('three sources.changed notices', async () => {
      const found = (await nats.read(nats.names.stream('control')))
        .filter((m) => m.subject === nats.names.subject(SUBJECTS.sourcesChanged))
        .map((m) => JSON.parse(m.text) as SourcesChanged);
      return found.length === 3 ? found : undefined;
    });
    expect(notices.map((n) => n.change)).toEqual(['created', 'updated', 'deleted']);
    expect(new Set(notices.map((n) => n.sourceId))).toEqual(new Set([created.body.id]));
  });

  it('refuses a polled source without a URL and unknown kinds', async () => {
    const noUrl = await api.request<Problem>('POST', '/sources', { body: { name: 'No URL', kind: 'atom' } });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.issues?.map((i) => i.path)).toContain('url');
    const badKind = await api.request<Problem>('POST', '/sources', { body: { name: 'X', kind: 'telegram' } });
    expect(badKind.status).toBe(400);
    expect(badKind.body.issues?.map((i) => i.path)).toContain('kind');
    const push = await api.request<SourceView>('POST', '/sources', { body: { name: 'Partner push', kind: 'push' } });
    expect(push.status).toBe(201);
    expect(push.body.url).toBeNull();
  });
});
