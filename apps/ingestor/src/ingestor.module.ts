/** The ingestor app: raw articles in, normalized and deduplicated articles out on articles.ingested. */
import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@marsad/config';
import { DatabaseModule, OutboxRepository } from '@marsad/database';
import { MessagingModule, OutboxRelayModule } from '@marsad/messaging';
import { ObservabilityModule } from '@marsad/observability';
import { IngestionService } from './articles/ingestion.service';

@Module({})
export class IngestorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: IngestorModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'ingestor', metricsPort: config.metricsPort }),
        DatabaseModule.forRoot(config.database, { applicationName: 'marsad-ingestor' }),
        MessagingModule.forRoot({ ...config.nats, clientName: 'marsad-ingestor' }),
        OutboxRelayModule.forRoot({ store: OutboxRepository }),
      ],
      providers: [IngestionService],
      exports: [IngestionService],
    };
  }
}
