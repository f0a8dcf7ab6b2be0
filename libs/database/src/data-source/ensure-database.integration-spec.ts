import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseConfig } from '../test-support/test-schema';
import { ensureDatabase, withDatabaseName } from './ensure-database';

jest.setTimeout(30_000);

async function onMaintenance<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabaseName(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('ensureDatabase (Postgres)', () => {
  const base = testDatabaseConfig('app_schema');
  const name = `marsad_it_${randomBytes(5).toString('hex')}`;
  const cfg = { ...base, url: withDatabaseName(base.url, name) };

  afterAll(async () => {
    await onMaintenance(cfg.url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('creates a missing database and its schema, and is a no-op afterwards', async () => {
    const exists = () =>
      onMaintenance(
        cfg.url,
        async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount,
      );
    expect(await exists()).toBe(0);

    expect(await ensureDatabase(cfg)).toEqual({ createdDatabase: true });
    expect(await exists()).toBe(1);
    expect(await ensureDatabase(cfg)).toEqual({ createdDatabase: false });

    const client = new Client({ connectionString: cfg.url });
    await client.connect();
    try {
      const schemas = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [
        cfg.schema,
      ]);
      expect(schemas.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('survives several processes ensuring the same new database at once', async () => {
    const other = { ...cfg, url: withDatabaseName(cfg.url, `${name}_b`) };
    try {
      const results = await Promise.all([ensureDatabase(other), ensureDatabase(other), ensureDatabase(other)]);
      expect(results.filter((r) => r.createdDatabase)).toHaveLength(1);
    } finally {
      await onMaintenance(other.url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}_b" WITH (FORCE)`));
    }
  });
});
