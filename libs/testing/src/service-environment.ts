/**
 * Everything an app under test needs, isolated for one test file: a migrated schema, a stream prefix, a queue
 * prefix, and the matching configuration (as a typed AppConfig for in-process apps and as environment variables
 * for apps started as processes). `cleanup()` removes all of it.
 */
import { configWith, type AppConfig } from '@marsad/config';
import { createTestDatabase, type TestDatabase } from './database.fixture';
import { createNatsFixture, type NatsFixture } from './nats.fixture';
import { createRedisFixture, type RedisFixture } from './redis.fixture';

export interface ServiceEnvironment {
  db: TestDatabase;
  redis: RedisFixture;
  /** The apps under test provision their own streams under `nats.prefix`; the fixture reads and deletes them. */
  nats: NatsFixture;
  env: Record<string, string>;
  config: AppConfig;
  cleanup(): Promise<void>;
}

export async function createServiceEnvironment(extraEnv: Record<string, string> = {}): Promise<ServiceEnvironment> {
  const db = await createTestDatabase();
  const redis = await createRedisFixture();
  const nats = await createNatsFixture({ provisionStreams: false });
  const env = {
    DATABASE_URL: db.config.url,
    DATABASE_SCHEMA: db.config.schema,
    DATABASE_MIGRATE_ON_START: 'false',
    NATS_STREAM_PREFIX: nats.prefix,
    QUEUE_PREFIX: redis.prefix,
    LOG_LEVEL: 'silent',
    ...extraEnv,
  };
  const config = configWith(env);
  return {
    db,
    redis,
    nats,
    env,
    config,
    async cleanup() {
      await redis.cleanup();
      await nats.cleanup();
      await db.cleanup();
    },
  };
}
