// This lib's own per-test NATS setup. It mirrors @marsad/testing's createNatsFixture, which this lib may not import
// (Nx boundaries: infra libs depend on contracts/config/infra only, and testing depends on us).
import { randomBytes } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { loadConfig } from '@marsad/config';
import { MessagingNames } from '../naming/messaging-names';
import { deletePrefixedStreams } from '../provisioning/delete-prefixed-streams';
import { ensureStreams } from '../provisioning/ensure-streams';

export interface TestNats {
  prefix: string;
  names: MessagingNames;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  cleanup(): Promise<void>;
}

export async function createTestNats(options: { provisionStreams?: boolean } = {}): Promise<TestNats> {
  const prefix = `T${randomBytes(4).toString('hex').toUpperCase()}`;
  const names = new MessagingNames(prefix);
  const nc: NatsConnection = await connect({ servers: loadConfig().nats.url, name: `test-${prefix}` });
  const jsm = await jetstreamManager(nc);
  if (options.provisionStreams ?? true) await ensureStreams(jsm, names);
  const cleanup = async (): Promise<void> => {
    try {
      await deletePrefixedStreams(jsm, prefix);
    } finally {
      if (!nc.isClosed()) await nc.close();
    }
  };
  return { prefix, names, nc, js: jetstream(nc), jsm, cleanup };
}

/** Polls until `check` returns a value other than undefined/false; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
