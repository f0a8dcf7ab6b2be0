/**
 * The whole pipeline on real PostgreSQL, NATS JetStream and Redis, with the services running as real processes:
 * the founding article goes in through the ingestor, and a subscriber's endpoint (a local HTTP server) must
 * receive each signed alert exactly once, its evidence taken from the article.
 */
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { SubscriptionsRepository, WatchRulesRepository } from '@marsad/database';
import { RuleExtractor } from '@marsad/extraction';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import {
  createServiceEnvironment,
  runServiceCommand,
  startService,
  startWebhookReceiver,
  waitFor,
  type ServiceEnvironment,
  type ServiceProcess,
  type WebhookReceiver,
} from '@marsad/testing';
import { parseTraceparent } from '@marsad/observability';
import { generateWebhookSecret, verifyPayload } from '@marsad/webhooks';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'seeds', 'articles', 'syria-2016-aleppo-palmyra.ar.txt');

interface AlertBody {
  id: string;
  rule: { id: string; name: string };
  event: {
    id: string;
    type: string;
    killed: number | null;
    location: { name: string } | null;
    evidence: { text: string; start: number; end: number };
  };
  article: { id: string };
}

describe('pipeline: ingestor → extractor → alerting → webhook', () => {
  let environment: ServiceEnvironment;
  let db: ServiceEnvironment['db'];
  let receiver: WebhookReceiver;
  let env: Record<string, string>;
  const services: ServiceProcess[] = [];
  const secret = generateWebhookSecret();
  let metricsPort: number;
  let palmyraRule: string;
  let deadlyRule: string;

  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
  const count = async (ds: DataSource, sql: string) => Number((await ds.query<{ n: string }[]>(sql))[0].n);

  beforeAll(async () => {
    environment = await createServiceEnvironment({ WEBHOOK_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'info' });
    db = environment.db;
    env = environment.env;
    // The first request fails: its delivery must be retried and still arrive exactly once.
    receiver = await startWebhookReceiver((n) => (n === 0 ? 503 : 204));
    const rules = new WatchRulesRepository(db.dataSource);
    palmyraRule = (await rules.create({ tenantId: 'default', name: 'Palmyra', match: { query: 'تدمر OR Palmyra' } }))
      .id;
    deadlyRule = (
      await rules.create({
        tenantId: 'default',
        name: 'Deadly in Syria',
        match: { types: ['ASSAULT'], countries: ['SY'], minKilled: 3 },
      })
    ).id;
    await new SubscriptionsRepository(db.dataSource).create({
      tenantId: 'default',
      name: 'test desk',
      url: receiver.url,
      secret,
    });
    metricsPort = await freePort();
    services.push(
      startService('extractor', { ...env, METRICS_PORT: String(metricsPort) }),
      startService('alerting', env),
    );
    await Promise.all([
      services[0].waitForOutput('extractor is consuming'),
      services[1].waitForOutput('alerting is consuming'),
    ]);
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await receiver?.close();
    await environment?.cleanup();
  });

  it('delivers each signed alert of the founding article exactly once, with evidence from the article', async () => {
    const imported = await runServiceCommand('ingestor', env, ['import', SEED]);
    expect(imported.output).toContain('1 new, 0 duplicate, 0 rejected');
    expect(imported.code).toBe(0);

    const expected = await waitFor(
      'alerts to be recorded and delivered',
      async () => {
        const alerts = await count(db.dataSource, 'SELECT count(*) AS n FROM alerts');
        const done = await count(db.dataSource, "SELECT count(*) AS n FROM deliveries WHERE status = 'succeeded'");
        return alerts > 0 && done === alerts ? alerts : undefined;
      },
      60_000,
    );
    // Give a duplicate time to show up, if one were coming.
    await new Promise((r) => setTimeout(r, 2000));

    const delivered = receiver.received.filter((r) => r.status === 204);
    const ids = delivered.map((r) => String(r.headers['webhook-id']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(delivered).toHaveLength(expected);
    // The failed first attempt came back under the same webhook-id.
    expect(receiver.received[0].status).toBe(503);
    expect(ids).toContain(String(receiver.received[0].headers['webhook-id']));

    const source = readFileSync(SEED, 'utf8');
    const [stored] = await db.dataSource.query<{ body: string }[]>('SELECT body FROM articles');
    const bodies = delivered.map((r) => {
      const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, String(v)]));
      expect(verifyPayload(secret, r.body, headers)).toEqual({ ok: true });
      return JSON.parse(r.body) as AlertBody;
    });
    for (const alert of bodies) {
      const { text, start, end } = alert.event.evidence;
      expect(stored.body.slice(start, end)).toBe(text);
      expect(source).toContain(text);
    }
    const douma = bodies.find((b) => b.rule.id === deadlyRule && b.event.location?.name.match(/douma/i));
    expect(douma?.event).toMatchObject({ type: 'ASSAULT', killed: 5 });
    expect(douma?.event.evidence.text).toContain('دوما');
    expect(bodies.filter((b) => b.rule.id === palmyraRule).length).toBeGreaterThan(0);
  });

  it('carries one trace from the ingested article to every event it yielded', async () => {
    const { nats } = environment;
    const [article] = await nats.read(nats.names.stream('articles'));
    const events = await nats.read(nats.names.stream('events'));
    const traceOf = (h: Record<string, string>) => parseTraceparent(h.traceparent)?.traceId;
    expect(traceOf(article.headers)).toMatch(/^[0-9a-f]{32}$/);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(traceOf(e.headers)).toBe(traceOf(article.headers));
  });

  it("exposes the extractor's metrics and readiness on its metrics port", async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/marsad_events_extracted_total\{type="ASSAULT",language="ar",service="extractor"\} [1-9]/);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/health/ready`)).status).toBe(200);
  });

  it('stores nothing twice when the same article is imported again', async () => {
    const before = receiver.received.length;
    const again = await runServiceCommand('ingestor', env, ['import', SEED]);
    expect(again.output).toContain('0 new, 1 duplicate, 0 rejected');
    await new Promise((r) => setTimeout(r, 2000));
    expect(receiver.received.length).toBe(before);
    expect(await count(db.dataSource, 'SELECT count(*) AS n FROM articles')).toBe(1);
  });

  it('loses and doubles nothing when the extractor (two workers) is killed mid-stream and restarted', async () => {
    const towns = ['دوما', 'حرستا', 'مضايا', 'تدمر', 'حلب', 'إدلب', 'درعا', 'حمص', 'الرقة', 'دير الزور'];
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({
        id: `crash-${i}`,
        publishedAt: '2026-11-20T08:00:00Z',
        body: `قتل ${i + 3} مدنيين وأصيب آخرون في قصف شنته قوات النظام على مدينة ${towns[i % towns.length]} السورية، اليوم، بحسب المرصد السوري لحقوق الإنسان. (تقرير رقم ${i})`,
      }),
    );
    const dir = await mkdtemp(join(tmpdir(), 'marsad-crash-'));
    await writeFile(join(dir, 'batch.ndjson'), lines.join('\n'));

    const extractor = services[0];
    await extractor.stop('SIGTERM');
    const importing = runServiceCommand('ingestor', env, ['import', dir]);
    // Restarted with two extraction workers: two articles in flight on one consumer when it is killed.
    const pooled = { ...env, EXTRACTION_WORKERS: '2' };
    const restarted = startService('extractor', pooled);
    services[0] = restarted;
    // Its consumer takes two deliveries at a time, one per worker.
    await restarted.waitForOutput(/durable\\?":\\?"extractor\\?",[^}]*concurrency\\?":2/, 60_000);
    // Kill it hard as soon as it has handled its first article of the batch, while the rest are in flight.
    await restarted.waitForOutput(/article crash-\d+: \d+ event/, 60_000);
    await restarted.stop('SIGKILL');
    expect((await importing).code).toBe(0);
    const again = startService('extractor', pooled);
    services[0] = again;

    const stored = await waitFor(
      'every article of the batch to be extracted',
      async () => {
        const rows = await db.dataSource.query<{ id: string; body: string; published_at: Date }[]>(
          "SELECT id, body, published_at FROM articles WHERE id LIKE 'crash-%'",
        );
        const done = await count(
          db.dataSource,
          "SELECT count(DISTINCT article_id) AS n FROM events WHERE article_id LIKE 'crash-%'",
        );
        return rows.length === 40 && done === 40 ? rows : undefined;
      },
      90_000,
    );
    const extractorLib = new RuleExtractor();
    let expectedEvents = 0;
    for (const a of stored) {
      expectedEvents += (
        await extractorLib.extract({ id: a.id, body: a.body, publishedAt: a.published_at.toISOString() })
      ).length;
    }
    expect(await count(db.dataSource, "SELECT count(*) AS n FROM events WHERE article_id LIKE 'crash-%'")).toBe(
      expectedEvents,
    );
    // Every stored event was announced: no outbox row left behind.
    await waitFor(
      'the outbox to drain',
      async () => (await count(db.dataSource, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL')) === 0,
      30_000,
    );
    // Alerts stay unique per (rule, event) even though some events were processed twice.
    const dupes = await count(
      db.dataSource,
      'SELECT count(*) AS n FROM (SELECT rule_id, event_id FROM alerts GROUP BY 1, 2 HAVING count(*) > 1) d',
    );
    expect(dupes).toBe(0);
  });
});
