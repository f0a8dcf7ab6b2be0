// Integration-test database: database `marsad_test`, one fresh schema per test file, migrated once, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@marsad/config';
import {
  createDataSource,
  ensureDatabase,
  migrateDataSource,
  quoteIdentifier,
  withDatabaseName,
} from '@marsad/database';
import type { DataSource } from 'typeorm';

export const TEST_DATABASE_NAME = 'marsad_test';

export interface TestDatabase {
  dataSource: DataSource;
  /** Points at the test schema; hand it to DatabaseModule.forRoot or an app under test. */
  config: AppConfig['database'];
  /** Drops the schema (CASCADE) and closes the pool. */
  cleanup(): Promise<void>;
}

/** A unique schema name, so test files running in parallel or back to back never see each other's rows. */
export function uniqueSchemaName(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Creates `marsad_test` if missing and a fresh schema in it; runs the migrations unless `migrate` is false. */
export async function createTestDatabase(
  options: { migrate?: boolean; poolSize?: number } = {},
): Promise<TestDatabase> {
  const base = loadConfig().database;
  const config: AppConfig['database'] = {
    url: withDatabaseName(base.url, TEST_DATABASE_NAME),
    schema: uniqueSchemaName(),
    poolSize: options.poolSize ?? 5,
    // Already migrated here; an app started on this config need not migrate again.
    migrateOnStart: false,
  };
  await ensureDatabase(config);
  const dataSource = await createDataSource(config, { applicationName: 'marsad-test' }).initialize();
  try {
    if (options.migrate ?? true) await migrateDataSource(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return {
    dataSource,
    config,
    cleanup: async () => {
      try {
        if (dataSource.isInitialized)
          await dataSource.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(config.schema)} CASCADE`);
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    },
  };
}
