import { createHash } from 'node:crypto';
import { createTestNats, waitFor, type TestNats } from './test-support/nats-test-env';
import {
  JetStreamPublisher,
  relayOutbox,
  relayOutboxOnce,
  type OutboxMessage,
  type OutboxRelayHandle,
  type OutboxStore,
  readStreamMessages,
} from './index';

/** In-memory stand-in for the database outbox table. */
class MemoryOutbox implements OutboxStore {
  readonly rows: Array<OutboxMessage & { publishedAt?: number }> = [];
  markCalls: string[][] = [];

  add(row: OutboxMessage): void {
    this.rows.push(row);
  }
  async claimBatch(limit: number): Promise<OutboxMessage[]> {
    return this.rows.filter((r) => r.publishedAt === undefined).slice(0, limit);
  }
  async markPublished(ids: string[]): Promise<void> {
    this.markCalls.push(ids);
    for (const row of this.rows) if (ids.includes(row.id)) row.publishedAt = Date.now();
  }
  unpublished(): string[] {
    return this.rows.filter((r) => r.publishedAt === undefined).map((r) => r.id);
  }
}

const articleRow = (id: string, body: string): OutboxMessage => {
  const contentHash = createHash('sha256').update(body).digest('hex');
  return {
    id,
    subject: 'articles.ingested',
    msgId: contentHash,
    payload: { id, body, fetchedAt: '2026-11-01T10:00:00Z', contentHash },
  };
};
const rulesRow = (id: string): OutboxMessage => ({
  id,
  subject: 'rules.changed',
  msgId: `rules-${id}`,
  payload: { tenantId: 't1', ruleId: null, change: 'updated', at: '2026-11-01T10:00:00Z' },
  headers: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
});

describe('outbox relay (real NATS)', () => {
  let nats: TestNats;
  let publisher: JetStreamPublisher;
  const relays: OutboxRelayHandle[] = [];

  beforeEach(async () => {
    nats = await createTestNats();
    publisher = new JetStreamPublisher(nats.js, nats.names);
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await nats.cleanup();
  });

  it('publishes claimed rows and marks them; a bad row stays unmarked without blocking the others', async () => {
    const store = new MemoryOutbox();
    store.add(articleRow('o1', 'first'));
    store.add({ ...articleRow('o2', 'broken'), payload: { body: 'no id, no hash' } });
    store.add(rulesRow('o3'));

    const result = await relayOutboxOnce(store, publisher, 10);

    expect(result).toEqual({ claimed: 3, published: 2 });
    expect(store.markCalls).toEqual([['o1', 'o3']]);
    expect(store.unpublished()).toEqual(['o2']);
    const articles = await readStreamMessages(nats.jsm, nats.names.stream('articles'));
    expect(articles.map((m) => JSON.parse(m.text).id)).toEqual(['o1']);
    const control = await readStreamMessages(nats.jsm, nats.names.stream('control'));
    expect(control).toHaveLength(1);
    expect(control[0].headers).toMatchObject({ 'Nats-Msg-Id': 'rules-o3', traceparent: expect.stringMatching(/^00-/) });
  });

  it('runs on an interval, drains full batches at once, and stops cleanly', async () => {
    const store = new MemoryOutbox();
    for (let i = 0; i < 5; i++) store.add(articleRow(`r${i}`, `body ${i}`));
    const relay = relayOutbox(store, publisher, { intervalMs: 20, batchSize: 2 });
    relays.push(relay);

    await waitFor('first rows relayed', () => store.unpublished().length === 0);
    store.add(rulesRow('late'));
    await waitFor('late row relayed', () => store.unpublished().length === 0);
    await relay.stop();

    expect((await nats.jsm.streams.info(nats.names.stream('articles'))).state.messages).toBe(5);
    expect((await nats.jsm.streams.info(nats.names.stream('control'))).state.messages).toBe(1);
    // After stop, nothing more is claimed.
    store.add(rulesRow('after-stop'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.unpublished()).toEqual(['after-stop']);
  });

  it('a row published again after a crash before marking is stored once', async () => {
    const store = new MemoryOutbox();
    store.add(articleRow('dup', 'same row'));
    await relayOutboxOnce(store, publisher, 10);
    // Simulate the crash: the mark never happened.
    store.rows[0].publishedAt = undefined;

    const relay = relayOutbox(store, publisher, { intervalMs: 1000 });
    relays.push(relay);
    await waitFor('row relayed again', () => store.unpublished().length === 0);
    expect(await relay.flush()).toBe(0);

    expect(store.unpublished()).toEqual([]);
    expect((await nats.jsm.streams.info(nats.names.stream('articles'))).state.messages).toBe(1);
  });
});
