/**
 * NestJS face of observability: the process's PipelineMetrics for every provider, and for the worker apps an
 * HTTP endpoint (metrics, liveness, readiness) that starts once the app has bootstrapped (so readiness means the
 * consumers run) and closes on shutdown. Port 0 leaves the endpoint off.
 */
import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PipelineMetrics } from './metrics';
import { startMetricsServer, type MetricsServer } from './metrics-server';

const METRICS_PORT = Symbol('METRICS_PORT');

@Injectable()
export class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: MetricsServer | null = null;
  private ready = false;

  constructor(
    private readonly metrics: PipelineMetrics,
    @Inject(METRICS_PORT) private readonly port: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.ready = true;
    if (this.port > 0) this.server = await startMetricsServer(this.port, this.metrics, async () => this.ready);
  }

  async onApplicationShutdown(): Promise<void> {
    this.ready = false;
    await this.server?.close();
  }
}

@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(options: { service: string; metricsPort?: number }): DynamicModule {
    return {
      module: ObservabilityModule,
      providers: [
        { provide: PipelineMetrics, useValue: new PipelineMetrics(options.service) },
        { provide: METRICS_PORT, useValue: options.metricsPort ?? 0 },
        MetricsEndpoint,
      ],
      exports: [PipelineMetrics],
    };
  }
}
