/**
 * A tiny HTTP endpoint for the worker apps (they have no web server of their own): Prometheus metrics at
 * /metrics, liveness at /health/live and readiness at /health/ready, for orchestrators and scrapers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PipelineMetrics } from './metrics';

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(
  port: number,
  metrics: PipelineMetrics,
  ready: () => Promise<boolean> = async () => true,
): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const reply = (status: number, type: string, body: string) =>
      res.writeHead(status, { 'content-type': type }).end(body);
    const route = async () => {
      if (req.url === '/metrics') return reply(200, 'text/plain; version=0.0.4', await metrics.metrics());
      if (req.url === '/health/live') return reply(200, 'application/json', '{"status":"ok"}');
      if (req.url === '/health/ready') {
        const ok = await ready().catch(() => false);
        return reply(ok ? 200 : 503, 'application/json', JSON.stringify({ status: ok ? 'ok' : 'unavailable' }));
      }
      return reply(404, 'application/json', '{"status":"not found"}');
    };
    route().catch(() => reply(500, 'application/json', '{"status":"error"}'));
  });
  await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
