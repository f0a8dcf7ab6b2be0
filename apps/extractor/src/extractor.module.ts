/** The extractor app: articles in, events stored and published through the outbox. */
import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@marsad/config';
import { DatabaseModule, OutboxRepository } from '@marsad/database';
import { MessagingModule, OutboxRelayModule } from '@marsad/messaging';
import { ObservabilityModule } from '@marsad/observability';
import { ArticleHandler } from './extraction/article.handler';
import { createExtractor } from './extraction/create-extractor';
import { EVENT_EXTRACTOR, ExtractionService } from './extraction/extraction.service';

@Module({})
export class ExtractorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ExtractorModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'extractor', metricsPort: config.metricsPort }),
        DatabaseModule.forRoot(config.database, { applicationName: 'marsad-extractor' }),
        // As many articles in flight as there are extraction workers to read them.
        MessagingModule.forRoot({
          ...config.nats,
          clientName: 'marsad-extractor',
          consumerConcurrency: { extractor: config.extractor.workers },
        }),
        OutboxRelayModule.forRoot({ store: OutboxRepository }),
      ],
      providers: [
        { provide: EVENT_EXTRACTOR, useFactory: () => createExtractor(config.extractor) },
        ExtractionService,
        ArticleHandler,
      ],
      exports: [ExtractionService],
    };
  }
}
