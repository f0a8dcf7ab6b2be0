/** Liveness and readiness (database reachable) for orchestrators; Prometheus metrics at /metrics. */
import { Controller, Get, Header, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { PipelineMetrics } from '@marsad/observability';

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: PipelineMetrics,
  ) {}

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready() {
    try {
      await this.dataSource.query('select 1');
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException('database unreachable');
    }
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape() {
    return this.metrics.metrics();
  }
}
