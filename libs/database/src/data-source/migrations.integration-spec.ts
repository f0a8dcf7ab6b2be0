import { Client } from 'pg';
import { openTestSchema, testDatabaseConfig } from '../test-support/test-schema';
import { createDataSource } from './create-data-source';
import { ensureDatabase } from './ensure-database';
import { appliedMigrations, revertLastMigration, runMigrations } from './run-migrations';

jest.setTimeout(60_000);

const TABLES = [
  'alerts',
  'api_keys',
  'articles',
  'deliveries',
  'events',
  'idempotency_keys',
  'migrations',
  'outbox',
  'sources',
  'subscriptions',
  'tenants',
  'watch_rules',
];

async function tablesIn(url: string, schema: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    return res.rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

describe('migrations (Postgres)', () => {
  const cfg = testDatabaseConfig();
  afterAll(async () => {
    const client = new Client({ connectionString: cfg.url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${cfg.schema}" CASCADE`);
    await client.end();
  });

  it('runs into the configured schema, is a no-op the second time, reverts cleanly and runs again', async () => {
    expect(await runMigrations(cfg)).toEqual(['InitialSchema1795641000000']);
    expect(await tablesIn(cfg.url, cfg.schema)).toEqual(TABLES);
    expect(await runMigrations(cfg)).toEqual([]);

    expect(await revertLastMigration(cfg)).toBe('InitialSchema1795641000000');
    expect(await tablesIn(cfg.url, cfg.schema)).toEqual(['migrations']);
    expect(await revertLastMigration(cfg)).toBeNull();

    expect(await runMigrations(cfg)).toEqual(['InitialSchema1795641000000']);
    expect(await tablesIn(cfg.url, cfg.schema)).toEqual(TABLES);
  });

  it('lets replicas that start together migrate exactly once', async () => {
    const racing = testDatabaseConfig();
    try {
      const results = await Promise.all([runMigrations(racing), runMigrations(racing), runMigrations(racing)]);
      expect(results.flat()).toEqual(['InitialSchema1795641000000']);
      expect(await tablesIn(racing.url, racing.schema)).toEqual(TABLES);
    } finally {
      const client = new Client({ connectionString: racing.url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${racing.schema}" CASCADE`);
      await client.end();
    }
  });

  it('creates the schema the entities describe, so TypeORM would change nothing', async () => {
    const db = await openTestSchema();
    try {
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await appliedMigrations(db.dataSource)).toEqual(['InitialSchema1795641000000']);
    } finally {
      await db.cleanup();
    }
  });

  it('keeps two schemas of one database apart', async () => {
    const a = await openTestSchema();
    const b = await openTestSchema();
    try {
      await a.dataSource.query(`INSERT INTO tenants (id, name) VALUES ('only-in-a', 'A')`);
      const inB = await b.dataSource.query<{ id: string }[]>(`SELECT id FROM tenants WHERE id = 'only-in-a'`);
      expect(inB).toEqual([]);
      expect(await tablesIn(a.config.url, 'public')).not.toContain('migrations');
    } finally {
      await a.cleanup();
      await b.cleanup();
    }
  });

  it('rejects a schema name that is not a plain identifier before touching the database', async () => {
    expect(() => createDataSource({ ...cfg, schema: 'x; DROP TABLE y' })).toThrow(/Invalid schema/);
    await expect(ensureDatabase({ ...cfg, schema: 'Bad"Name' })).rejects.toThrow(/Invalid schema/);
  });
});
