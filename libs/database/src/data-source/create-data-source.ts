// Builds Marsad's TypeORM DataSource: explicit entities and migrations, no synchronize, every table in the configured schema.
import type { AppConfig } from '@marsad/config';
import { DataSource } from 'typeorm';
import { assertIdentifier } from '../shared/sql-names';
import { ENTITIES, MIGRATIONS } from './database.entities';

export type DatabaseConfig = AppConfig['database'];

export const MIGRATIONS_TABLE = 'migrations';

/** A DataSource for `cfg` (not yet initialized). Schema changes happen only through migrations. */
export function createDataSource(cfg: DatabaseConfig, options: { applicationName?: string } = {}): DataSource {
  const schema = assertIdentifier(cfg.schema, 'schema');
  return new DataSource({
    type: 'postgres',
    url: cfg.url,
    schema,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+; never let TypeORM try to CREATE EXTENSION inside a tenant schema.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: cfg.poolSize,
    applicationName: options.applicationName ?? 'marsad',
    // search_path on every pooled connection, so hand-written SQL and the migrations table resolve to the same schema.
    extra: { options: `-c search_path=${schema}` },
  });
}
