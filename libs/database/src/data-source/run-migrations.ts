// Runs or reverts migrations under a Postgres advisory lock, so replicas starting together migrate exactly once.
import type { DataSource } from 'typeorm';
import { qualifiedName, schemaOf } from '../shared/sql-names';
import { createDataSource, MIGRATIONS_TABLE, type DatabaseConfig } from './create-data-source';
import { ensureDatabase } from './ensure-database';

/** Holds a session-level advisory lock (keyed by schema) on a dedicated connection while `work` runs. */
async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = `marsad:migrations:${schemaOf(dataSource)}`;
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    await runner.release();
  }
}

/** Runs pending migrations on an initialized DataSource; returns the names of those that ran. */
export async function migrateDataSource(dataSource: DataSource): Promise<string[]> {
  return withMigrationLock(dataSource, async () => {
    const ran = await dataSource.runMigrations({ transaction: 'all' });
    return ran.map((m) => m.name);
  });
}

/** Reverts the last applied migration; returns its name, or null when none was applied. */
export async function revertLastMigrationOn(dataSource: DataSource): Promise<string | null> {
  return withMigrationLock(dataSource, async () => {
    const before = await appliedMigrations(dataSource);
    if (before.length === 0) return null;
    await dataSource.undoLastMigration({ transaction: 'all' });
    return before[before.length - 1] ?? null;
  });
}

/** Names of the applied migrations, oldest first. */
export async function appliedMigrations(dataSource: DataSource): Promise<string[]> {
  const table = qualifiedName(schemaOf(dataSource), dataSource.options.migrationsTableName ?? MIGRATIONS_TABLE);
  const exists = await dataSource.query<{ ok: boolean }[]>('SELECT to_regclass($1) IS NOT NULL AS ok', [table]);
  if (!exists[0]?.ok) return [];
  const rows = await dataSource.query<{ name: string }[]>(`SELECT name FROM ${table} ORDER BY timestamp, id`);
  return rows.map((r) => r.name);
}

async function withOwnDataSource<T>(cfg: DatabaseConfig, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  await ensureDatabase(cfg);
  const dataSource = await createDataSource(cfg, { applicationName: 'marsad-migrate' }).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Ensures database and schema, then runs pending migrations; what apps call at start when migrateOnStart is set. */
export async function runMigrations(cfg: DatabaseConfig): Promise<string[]> {
  return withOwnDataSource(cfg, migrateDataSource);
}

/** Ensures database and schema, then reverts the last applied migration. */
export async function revertLastMigration(cfg: DatabaseConfig): Promise<string | null> {
  return withOwnDataSource(cfg, revertLastMigrationOn);
}
