// The database lib's own per-file test schema. It mirrors @marsad/testing's createTestDatabase, which this lib
// may not import (Nx boundaries: infra libs depend on contracts/config/infra only, and testing depends on us).
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@marsad/config';
import type { DataSource } from 'typeorm';
import { createDataSource, type DatabaseConfig } from '../data-source/create-data-source';
import { ensureDatabase, withDatabaseName } from '../data-source/ensure-database';
import { migrateDataSource } from '../data-source/run-migrations';
import { quoteIdentifier } from '../shared/sql-names';

export interface TestSchema {
  dataSource: DataSource;
  config: DatabaseConfig;
  cleanup(): Promise<void>;
}

export function testDatabaseConfig(schema = `t_${randomBytes(6).toString('hex')}`): DatabaseConfig {
  return {
    url: withDatabaseName(loadConfig().database.url, 'marsad_test'),
    schema,
    poolSize: 5,
    migrateOnStart: false,
  };
}

export async function openTestSchema(options: { migrate?: boolean } = {}): Promise<TestSchema> {
  const config = testDatabaseConfig();
  await ensureDatabase(config);
  const dataSource = await createDataSource(config).initialize();
  if (options.migrate ?? true) await migrateDataSource(dataSource);
  return {
    dataSource,
    config,
    cleanup: async () => {
      await dataSource.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(config.schema)} CASCADE`);
      await dataSource.destroy();
    },
  };
}
