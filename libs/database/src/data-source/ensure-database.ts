// Creates the database and schema when missing, so a fresh machine needs nothing but a running Postgres.
import { Client } from 'pg';
import { assertIdentifier, quoteIdentifier } from '../shared/sql-names';
import type { DatabaseConfig } from './create-data-source';

const DUPLICATE_DATABASE = '42P04';
const DUPLICATE_SCHEMA = '42P06';
const UNIQUE_VIOLATION = '23505';

/** The database name a connection URL points at. */
export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redactUrl(url)}`);
  return name;
}

/** The same URL pointing at another database (e.g. the `postgres` maintenance database). */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database of `cfg.url` if it does not exist; true when it was created by this call. */
export async function createDatabaseIfMissing(cfg: Pick<DatabaseConfig, 'url'>): Promise<boolean> {
  const name = databaseNameOf(cfg.url);
  return withClient(withDatabaseName(cfg.url, 'postgres'), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      // CREATE DATABASE takes no parameters; the name is quoted as an identifier instead.
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      return true;
    } catch (error) {
      // Another replica created it between our check and our CREATE: that is the outcome we wanted.
      if (codeOf(error) === DUPLICATE_DATABASE || codeOf(error) === UNIQUE_VIOLATION) return false;
      throw error;
    }
  });
}

/** Creates `cfg.schema` in the database if it does not exist. */
export async function createSchemaIfMissing(cfg: Pick<DatabaseConfig, 'url' | 'schema'>): Promise<void> {
  const schema = assertIdentifier(cfg.schema, 'schema');
  await withClient(cfg.url, async (client) => {
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    } catch (error) {
      // IF NOT EXISTS still races on the catalog's unique index when two processes start together.
      if (codeOf(error) !== DUPLICATE_SCHEMA && codeOf(error) !== UNIQUE_VIOLATION) throw error;
    }
  });
}

/** Makes sure the database and the schema exist. Returns whether the database had to be created. */
export async function ensureDatabase(
  cfg: Pick<DatabaseConfig, 'url' | 'schema'>,
): Promise<{ createdDatabase: boolean }> {
  const createdDatabase = await createDatabaseIfMissing(cfg);
  await createSchemaIfMissing(cfg);
  return { createdDatabase };
}
