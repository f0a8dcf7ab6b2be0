export * from './database.fixture';
export * from './nats.fixture';
export * from './redis.fixture';
