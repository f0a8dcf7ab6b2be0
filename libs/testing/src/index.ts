export * from './database.fixture';
export * from './nats.fixture';
export * from './redis.fixture';
export * from './service-process';
export * from './webhook-receiver';
export * from './service-environment';
export * from './event.factory';
