import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Article } from '@marsad/contracts';
import { loadConfig } from '@marsad/config';
import { createTestNats, waitFor, type TestNats } from './test-support/nats-test-env';
import {
  JetStreamHandler,
  JetStreamPublisher,
  MessagingModule,
  MessagingNames,
  NatsConnectionService,
  silentLogger,
  type MessageContext,
} from './index';

const article = (body: string) => ({
  id: `a-${body}`,
  body,
  fetchedAt: '2026-11-01T10:00:00Z',
  contentHash: createHash('sha256').update(body).digest('hex'),
});

@Injectable()
class ArticleSink {
  readonly seen: Array<{ body: string; ctx: MessageContext }> = [];
  release: () => void = () => undefined;
  finished: string[] = [];

  @JetStreamHandler({ subject: 'articles.ingested', durable: 'sink', backoffMs: [10] })
  async onArticle(article: Article, ctx: MessageContext): Promise<void> {
    this.seen.push({ body: article.body, ctx });
    if (article.body === 'flaky' && ctx.deliveryCount === 1) throw new Error('first attempt fails');
    if (article.body === 'slow') await new Promise<void>((resolve) => (this.release = resolve));
    this.finished.push(article.body);
  }
}

describe('MessagingModule (real NATS)', () => {
  let nats: TestNats;
  let app: INestApplicationContext;

  beforeEach(async () => {
    // The fixture only supplies a unique prefix and the cleanup; the module provisions its own streams.
    nats = await createTestNats({ provisionStreams: false });
    @Module({
      imports: [
        MessagingModule.forRoot({
          ...loadConfig().nats,
          streamPrefix: nats.prefix,
          clientName: 'messaging-test',
          logger: silentLogger,
        }),
      ],
      providers: [ArticleSink],
    })
    class TestAppModule {}
    app = await NestFactory.createApplicationContext(TestAppModule, { logger: false });
    await app.init();
  });
  afterEach(async () => {
    await app.close();
    await nats.cleanup();
  });

  it('provisions streams, publishes through the injected publisher, and runs the decorated handler with retries', async () => {
    expect(app.get(MessagingNames).prefix).toBe(nats.prefix);
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const result = await app
      .get(JetStreamPublisher)
      .publish('articles.ingested', article('flaky'), { msgId: 'm-flaky', traceparent });
    expect(result.duplicate).toBe(false);

    const sink = app.get(ArticleSink);
    await waitFor('handled after a retry', () => sink.finished.includes('flaky'));
    expect(sink.seen.map((s) => s.ctx.deliveryCount)).toEqual([1, 2]);
    expect(sink.seen[1].ctx).toMatchObject({ subject: 'articles.ingested', msgId: 'm-flaky', traceparent });
    const info = await nats.jsm.consumers.info(nats.names.stream('articles'), 'sink');
    expect(info.config.max_deliver).toBe(loadConfig().nats.maxDeliver + 1);
  });

  it('on close, lets the in-flight handler finish and ack before draining the connection', async () => {
    const sink = app.get(ArticleSink);
    const connection = app.get(NatsConnectionService);
    await app.get(JetStreamPublisher).publish('articles.ingested', article('slow'), { msgId: 'm-slow' });
    await waitFor('slow handler running', () => sink.seen.length === 1);

    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(closed).toBe(false);
    expect(connection.nc.isClosed()).toBe(false);
    sink.release();
    await closing;

    expect(sink.finished).toEqual(['slow']);
    expect(connection.nc.isClosed()).toBe(true);
    const info = await nats.jsm.consumers.info(nats.names.stream('articles'), 'sink');
    expect(info.ack_floor.stream_seq).toBe(1);
    expect(info.num_ack_pending).toBe(0);
  });
});
