// NestJS face of the database lib: opens the DataSource at boot (migrating when configured), provides the repositories,
// closes the pool when the application shuts down.
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertsRepository } from '../alerts/alerts.repository';
import { ArticlesRepository } from '../articles/articles.repository';
import { createDataSource, type DatabaseConfig } from '../data-source/create-data-source';
import { ensureDatabase } from '../data-source/ensure-database';
import { migrateDataSource } from '../data-source/run-migrations';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { EventsRepository } from '../events/events.repository';
import { IdempotencyKeysRepository } from '../idempotency/idempotency-keys.repository';
import { OutboxRepository } from '../outbox/outbox.repository';
import { SourcesRepository } from '../sources/sources.repository';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { WatchRulesRepository } from '../watch-rules/watch-rules.repository';

/** Every repository the module provides; each is built from the DataSource alone. */
export const REPOSITORIES = [
  ArticlesRepository,
  EventsRepository,
  AlertsRepository,
  DeliveriesRepository,
  WatchRulesRepository,
  SubscriptionsRepository,
  SourcesRepository,
  OutboxRepository,
  IdempotencyKeysRepository,
] as const;

/** Ensures database and schema, runs migrations when cfg.migrateOnStart, and returns an initialized DataSource. */
export async function openDatabase(cfg: DatabaseConfig, applicationName?: string): Promise<DataSource> {
  await ensureDatabase(cfg);
  const dataSource = await createDataSource(cfg, { applicationName }).initialize();
  try {
    if (cfg.migrateOnStart) await migrateDataSource(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  // onApplicationShutdown runs after every onModuleDestroy, so consumers draining there can still write.
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(cfg: DatabaseConfig, options: { applicationName?: string } = {}): DynamicModule {
    const dataSourceProvider: Provider = {
      provide: DataSource,
      useFactory: () => openDatabase(cfg, options.applicationName),
    };
    const repositoryProviders: Provider[] = REPOSITORIES.map((repository) => ({
      provide: repository,
      useFactory: (dataSource: DataSource) => new repository(dataSource),
      inject: [DataSource],
    }));
    return {
      module: DatabaseModule,
      global: true,
      providers: [dataSourceProvider, ...repositoryProviders, DatabaseShutdown],
      exports: [DataSource, ...REPOSITORIES],
    };
  }
}
