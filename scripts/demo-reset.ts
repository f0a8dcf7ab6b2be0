/**
 * Gives the demo a clean slate, so every `npm run start:demo` shows the seed articles flowing to alerts:
 * drops the demo schema, deletes the demo's JetStream streams and its BullMQ keys. Touches nothing else.
 */
import IORedis from 'ioredis';
import { Client } from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { loadConfig } from '@marsad/config';
import { ensureDatabase } from '@marsad/database';
import { deletePrefixedStreams } from '@marsad/messaging';

async function main() {
  const config = loadConfig();
  const { schema } = config.database;
  if (schema === 'public' || !config.nats.streamPrefix || config.redis.queuePrefix === 'marsad') {
    throw new Error('demo-reset only runs with the demo settings (own schema, stream prefix and queue prefix)');
  }
  await ensureDatabase(config.database);
  const pg = new Client({ connectionString: config.database.url });
  await pg.connect();
  await pg.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pg.end();

  const nc = await connect({ servers: config.nats.url });
  await deletePrefixedStreams(await jetstreamManager(nc), config.nats.streamPrefix);
  await nc.close();

  const redis = new IORedis(config.redis.url, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redis.queuePrefix}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
  console.log(
    `demo reset: schema ${schema}, streams ${config.nats.streamPrefix}_*, queues ${config.redis.queuePrefix}:*`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
