/** The api app: wires the HTTP features onto the database, messaging (outbox relay) and queue dashboards. */
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from '@marsad/config';
import { DatabaseModule, OutboxRepository } from '@marsad/database';
import { MessagingModule, OutboxRelayModule } from '@marsad/messaging';
import { ObservabilityModule } from '@marsad/observability';
import { AlertsController } from './alerts/alerts.controller';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { EventsController } from './events/events.controller';
import { HealthController } from './health/health.controller';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { QueuesModule } from './queues/queues.module';
import { RulesModule } from './rules/rules.module';
import { SourcesModule } from './sources/sources.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'api', metricsPort: 0 }),
        DatabaseModule.forRoot(config.database, { applicationName: 'marsad-api' }),
        MessagingModule.forRoot({ ...config.nats, clientName: 'marsad-api' }),
        OutboxRelayModule.forRoot({ store: OutboxRepository }),
        QueuesModule.forRoot(config),
        RulesModule,
        SubscriptionsModule,
        SourcesModule,
      ],
      controllers: [AlertsController, EventsController, DeadLettersController, HealthController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
