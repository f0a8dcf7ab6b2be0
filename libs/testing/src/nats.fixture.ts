// Real-NATS test fixture: a unique stream/subject prefix per test file, so runs never collide with each other or a demo.
import { randomBytes } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { loadConfig } from '@marsad/config';
import {
  MessagingNames,
  deletePrefixedStreams,
  ensureStreams,
  readStreamMessages,
  type StoredMessage,
} from '@marsad/messaging';

export interface NatsFixture {
  /** Unique upper-case prefix, e.g. `T3F9A0B1C`; pass it as `streamPrefix` to MessagingModule.forRoot. */
  prefix: string;
  names: MessagingNames;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** Every message stored in one of this prefix's streams (small test streams only). */
  read(stream: string): Promise<StoredMessage[]>;
  /** Deletes every stream carrying this prefix, then closes the connection. */
  cleanup(): Promise<void>;
}

export interface NatsFixtureOptions {
  /** Create the contract streams under the prefix (default true); false when the code under test provisions them. */
  provisionStreams?: boolean;
  url?: string;
}

export function uniqueStreamPrefix(): string {
  return `T${randomBytes(4).toString('hex').toUpperCase()}`;
}

export async function createNatsFixture(options: NatsFixtureOptions = {}): Promise<NatsFixture> {
  const prefix = uniqueStreamPrefix();
  const names = new MessagingNames(prefix);
  const nc: NatsConnection = await connect({ servers: options.url ?? loadConfig().nats.url, name: `test-${prefix}` });
  const jsm = await jetstreamManager(nc);
  if (options.provisionStreams ?? true) await ensureStreams(jsm, names);

  const cleanup = async (): Promise<void> => {
    try {
      await deletePrefixedStreams(jsm, prefix);
    } finally {
      if (!nc.isClosed()) await nc.close();
    }
  };
  const read = (stream: string) => readStreamMessages(jsm, stream, { limit: 10_000 });
  return { prefix, names, nc, js: jetstream(nc), jsm, read, cleanup };
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
