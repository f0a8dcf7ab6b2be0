import { createHash } from 'node:crypto';
import { createTestNats, type TestNats } from './test-support/nats-test-env';
import {
  DEFAULT_STREAM_POLICY,
  InvalidPayloadError,
  JetStreamPublisher,
  UnknownSubjectError,
  ensureStreams,
  readStreamMessages,
} from './index';
import { nanos } from '@nats-io/nats-core';

const article = (body: string) => ({
  id: `a-${body.length}`,
  body,
  fetchedAt: '2026-11-01T10:00:00Z',
  contentHash: createHash('sha256').update(body).digest('hex'),
});

describe('JetStreamPublisher (real NATS)', () => {
  let nats: TestNats;
  let publisher: JetStreamPublisher;

  beforeEach(async () => {
    nats = await createTestNats();
    publisher = new JetStreamPublisher(nats.js, nats.names);
  });
  afterEach(() => nats.cleanup());

  it('stores a duplicate msgId once and reports the second PubAck as duplicate', async () => {
    const payload = article('the same story twice');
    const first = await publisher.publish('articles.ingested', payload, { msgId: payload.contentHash });
    const second = await publisher.publish('articles.ingested', payload, { msgId: payload.contentHash });

    expect(first).toEqual({ seq: 1, duplicate: false });
    expect(second.duplicate).toBe(true);
    expect(second.seq).toBe(1);
    const info = await nats.jsm.streams.info(nats.names.stream('articles'));
    expect(info.state.messages).toBe(1);
  });

  it('publishes the validated payload on the prefixed subject with msg id and traceparent', async () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await publisher.publish('articles.ingested', article('hello'), {
      msgId: 'm-1',
      traceparent,
      headers: { 'X-Tenant': 't1' },
    });

    const [stored] = await readStreamMessages(nats.jsm, nats.names.stream('articles'));
    expect(stored.subject).toBe(`${nats.prefix.toLowerCase()}.articles.ingested`);
    expect(stored.headers).toMatchObject({ 'Nats-Msg-Id': 'm-1', traceparent, 'X-Tenant': 't1' });
    // Defaults from the contract are filled in before publishing.
    expect(JSON.parse(stored.text)).toMatchObject({ body: 'hello', tenantId: 'default', url: null });
  });

  it('refuses an invalid payload and publishes nothing', async () => {
    const bad = { ...article('x'), contentHash: 'too-short' };
    await expect(publisher.publish('articles.ingested', bad, { msgId: 'bad-1' })).rejects.toThrow(InvalidPayloadError);
    await expect(publisher.publish('articles.ingested', bad, { msgId: 'bad-1' })).rejects.toThrow(/contentHash/);
    await expect(publisher.publishUnchecked('nope.subject', {}, { msgId: 'x' })).rejects.toThrow(UnknownSubjectError);
    await expect(publisher.publish('articles.ingested', article('y'), { msgId: '' })).rejects.toThrow(/msgId/);

    const info = await nats.jsm.streams.info(nats.names.stream('articles'));
    expect(info.state.messages).toBe(0);
  });

  it('provisions streams idempotently and restores drifted settings', async () => {
    const name = nats.names.stream('events');
    await nats.jsm.streams.update(name, { max_age: nanos(3_600_000) });
    await ensureStreams(nats.jsm, nats.names);
    await ensureStreams(nats.jsm, nats.names);

    const info = await nats.jsm.streams.info(name);
    expect(info.config.max_age).toBe(nanos(DEFAULT_STREAM_POLICY.maxAgeMs.events));
    expect(info.config.duplicate_window).toBe(nanos(120_000));
    expect(info.config.storage).toBe('file');
    expect(info.config.subjects).toEqual([`${nats.prefix.toLowerCase()}.events.>`]);
    const all: string[] = [];
    for await (const n of nats.jsm.streams.names()) if (n.startsWith(`${nats.prefix}_`)) all.push(n);
    expect(all.sort()).toEqual([
      `${nats.prefix}_ARTICLES`,
      `${nats.prefix}_CONTROL`,
      `${nats.prefix}_DEAD_LETTERS`,
      `${nats.prefix}_EVENTS`,
    ]);
  });
});
