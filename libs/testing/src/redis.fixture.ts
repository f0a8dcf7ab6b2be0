/** A Redis fixture for integration tests: a unique BullMQ prefix per test file, removed afterwards. */
import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';

export interface RedisFixture {
  url: string;
  prefix: string;
  connection: IORedis;
  cleanup(): Promise<void>;
}

export async function createRedisFixture(
  url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
): Promise<RedisFixture> {
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const connection = new IORedis(url, { maxRetriesPerRequest: null });
  return {
    url,
    prefix,
    connection,
    async cleanup() {
      let cursor = '0';
      do {
        const [next, keys] = await connection.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length) await connection.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await connection.quit();
    },
  };
}
