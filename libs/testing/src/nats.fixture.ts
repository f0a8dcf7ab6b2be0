// Real-NATS test fixture: a unique stream/subject prefix per test file, so runs never collide with each other or a demo.
import { randomBytes } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { MsgHdrs, NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { loadConfig } from '@marsad/config';
import { MessagingNames, ensureStreams } from '@marsad/messaging';

export interface NatsFixture {
  /** Unique upper-case prefix, e.g. `T3F9A0B1C`. */
  prefix: string;
  names: MessagingNames;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** Deletes every stream carrying this prefix, then closes the connection. */
  cleanup(): Promise<void>;
}

export interface NatsFixtureOptions {
  /** Create the contract streams under the prefix (default true). */
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
  const js = jetstream(nc);
  if (options.provisionStreams ?? true) await ensureStreams(jsm, names);

  const cleanup = async (): Promise<void> => {
    try {
      for await (const name of jsm.streams.names()) {
        if (name.startsWith(`${prefix}_`)) await jsm.streams.delete(name);
      }
    } finally {
      if (!nc.isClosed()) await nc.close();
    }
  };
  return { prefix, names, nc, js, jsm, cleanup };
}

/** A stored stream message, decoded for assertions. */
export interface StoredTestMessage {
  seq: number;
  subject: string;
  headers: Record<string, string>;
  text: string;
}

/** Every message currently in a stream, in sequence order (for assertions on small test streams). */
export async function readStream(jsm: JetStreamManager, stream: string): Promise<StoredTestMessage[]> {
  const info = await jsm.streams.info(stream);
  const out: StoredTestMessage[] = [];
  for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
    const stored = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (!stored) continue;
    const hdrs: MsgHdrs | undefined = stored.header;
    const headers: Record<string, string> = {};
    for (const key of hdrs?.keys() ?? []) headers[key] = hdrs?.get(key) ?? '';
    out.push({ seq: stored.seq, subject: stored.subject, headers, text: new TextDecoder().decode(stored.data) });
  }
  return out;
}

/** Polls until `check` returns a value other than undefined/false; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
