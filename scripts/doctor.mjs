#!/usr/bin/env node
// Checks that this machine can run Marsad: Node, dependencies, PostgreSQL, Redis, NATS with JetStream.
// Names whatever is missing and how to start it, instead of a stack trace. Exit code 1 if anything is missing.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const env = process.env;
const DATABASE_URL = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/marsad';
const REDIS_URL = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const NATS_URL = env.NATS_URL ?? 'nats://127.0.0.1:4222';

const HOW = {
  postgres:
    'start it: `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (Debian) or `docker compose up -d postgres`',
  redis: 'start it: `redis-server --daemonize yes --bind 127.0.0.1 --port 6379` or `docker compose up -d redis`',
  nats: 'start it with JetStream: `nats-server -js -a 127.0.0.1 -p 4222 -sd /var/lib/nats-server &` or `docker compose up -d nats`',
};

const withTimeout = (p, ms, what) =>
  Promise.race([
    p,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)),
  ]);

async function checkPostgres() {
  const { Client } = require('pg');
  const url = new URL(DATABASE_URL);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 2000 });
  await client.connect().catch((err) => {
    throw new Error(`not reachable at ${url.host} (${err.message})`);
  });
  const { rows } = await client.query('show server_version');
  await client.end();
  const major = Number(String(rows[0].server_version).split('.')[0]);
  if (major < 15) throw new Error(`PostgreSQL ${rows[0].server_version} found; 15 or newer is needed`);
  return `PostgreSQL ${rows[0].server_version} at ${url.host}`;
}

async function checkRedis() {
  const IORedis = require('ioredis');
  const redis = new IORedis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let lastError;
  redis.on('error', (err) => (lastError = err));
  try {
    await redis.connect();
    const info = await redis.info('server');
    return `Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'} at ${REDIS_URL}`;
  } catch (err) {
    throw new Error(`not reachable at ${REDIS_URL} (${(lastError ?? err).message})`);
  } finally {
    redis.disconnect();
  }
}

async function checkNats() {
  const { connect } = require('@nats-io/transport-node');
  const { jetstreamManager } = require('@nats-io/jetstream');
  const nc = await connect({ servers: NATS_URL, timeout: 2000, reconnect: false }).catch((err) => {
    throw new Error(`not reachable at ${NATS_URL} (${err.message})`);
  });
  try {
    const jsm = await jetstreamManager(nc, { timeout: 2000 }).catch(() => {
      throw new Error('NATS answers but JetStream is off: start nats-server with -js');
    });
    await jsm.getAccountInfo();
    return `NATS ${nc.info?.version ?? '?'} with JetStream at ${NATS_URL}`;
  } finally {
    await nc.close();
  }
}

const checks = [
  [
    'node',
    async () => {
      const [major, minor] = process.versions.node.split('.').map(Number);
      if (major < 20 || (major === 20 && minor < 19))
        throw new Error(`Node ${process.versions.node}; 20.19 or newer is needed`);
      return `Node ${process.versions.node}`;
    },
    'install Node.js 20.19+ (or 22 LTS)',
  ],
  [
    'dependencies',
    async () => {
      if (!existsSync(new URL('../node_modules/@nestjs/core', import.meta.url)))
        throw new Error('node_modules is missing');
      return 'node_modules installed';
    },
    'run `npm ci`',
  ],
  ['postgres', checkPostgres, HOW.postgres],
  ['redis', checkRedis, HOW.redis],
  ['nats', checkNats, HOW.nats],
];

let failed = 0;
for (const [name, check, how] of checks) {
  try {
    console.log(`ok    ${name.padEnd(12)} ${await withTimeout(check(), 5000, name)}`);
  } catch (err) {
    failed++;
    console.log(`MISSING ${name.padEnd(10)} ${err.message}\n        -> ${how}`);
    if (name === 'dependencies') break;
  }
}
console.log(
  failed ? `\n${failed} problem(s): fix them and run \`npm run doctor\` again.` : '\nAll services are ready.',
);
process.exit(failed ? 1 : 0);
