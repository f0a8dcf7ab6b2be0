import { PipelineMetrics } from './metrics';
import { startMetricsServer } from './metrics-server';

describe('startMetricsServer', () => {
  it('serves metrics, liveness and readiness', async () => {
    const metrics = new PipelineMetrics('worker', false);
    metrics.articlesIngested.inc({ outcome: 'published' });
    let ready = false;
    const server = await startMetricsServer(0, metrics, async () => ready);
    const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);
    try {
      expect(await (await get('/metrics')).text()).toContain(
        'marsad_articles_ingested_total{outcome="published",service="worker"} 1',
      );
      expect((await get('/health/live')).status).toBe(200);
      expect((await get('/health/ready')).status).toBe(503);
      ready = true;
      expect((await get('/health/ready')).status).toBe(200);
      expect((await get('/nope')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
