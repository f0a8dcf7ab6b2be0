/** Prometheus metrics: one registry per process with the pipeline's counters and histograms. */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class PipelineMetrics {
  readonly registry = new Registry();
  readonly articlesIngested = new Counter({
    name: 'marsad_articles_ingested_total',
    help: 'Articles accepted by the ingestor, by outcome (published, duplicate, invalid).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly eventsExtracted = new Counter({
    name: 'marsad_events_extracted_total',
    help: 'Events extracted, by PLOVER type and language.',
    labelNames: ['type', 'language'] as const,
    registers: [this.registry],
  });
  readonly extractionSeconds = new Histogram({
    name: 'marsad_extraction_seconds',
    help: 'Time to extract events from one article.',
    buckets: [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1],
    registers: [this.registry],
  });
  readonly alertsRecorded = new Counter({
    name: 'marsad_alerts_recorded_total',
    help: 'Alerts recorded (new rule matches), by outcome (created, duplicate, throttled).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly webhookDeliveries = new Counter({
    name: 'marsad_webhook_deliveries_total',
    help: 'Webhook delivery attempts, by outcome (delivered, retry, failed, disabled).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(service: string, collectDefaults = true) {
    this.registry.setDefaultLabels({ service });
    if (collectDefaults) collectDefaultMetrics({ register: this.registry });
  }

  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
