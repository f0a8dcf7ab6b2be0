import { createHash } from 'node:crypto';
import { ArticleSchema, type Article } from '@marsad/contracts';
import { createTestNats, waitFor, type TestNats } from './test-support/nats-test-env';
import {
  DEAD_LETTER_HEADERS,
  JetStreamPublisher,
  RetryLaterError,
  UnrecoverableError,
  readStreamMessages,
  startConsumer,
  type ConsumerHandle,
  type ConsumerOptions,
  type MessageContext,
} from './index';

const SUBJECT = 'articles.ingested';
const article = (body: string) => ({
  id: `a-${body}`,
  body,
  fetchedAt: '2026-11-01T10:00:00Z',
  contentHash: createHash('sha256').update(body).digest('hex'),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startConsumer (real NATS)', () => {
  let nats: TestNats;
  let publisher: JetStreamPublisher;
  const handles: ConsumerHandle[] = [];

  const consume = async (
    handler: (payload: Article, ctx: MessageContext) => Promise<void>,
    overrides: Partial<ConsumerOptions<Article>> = {},
  ): Promise<ConsumerHandle> => {
    const handle = await startConsumer(nats.js, {
      names: nats.names,
      subject: SUBJECT,
      durable: 'extractor',
      schema: ArticleSchema,
      handler,
      maxDeliver: 3,
      backoffMs: [10, 20],
      ...overrides,
    });
    handles.push(handle);
    return handle;
  };
  const publish = (body: string) => publisher.publish(SUBJECT, article(body), { msgId: body });
  const consumerInfo = () => nats.jsm.consumers.info(nats.names.stream('articles'), 'extractor');
  const deadLetters = () => readStreamMessages(nats.jsm, nats.names.stream('deadLetters'));

  beforeEach(async () => {
    nats = await createTestNats();
    publisher = new JetStreamPublisher(nats.js, nats.names);
  });
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.stop()));
    await nats.cleanup();
  });

  it('redelivers a message whose first attempt failed, then acks it', async () => {
    const deliveries: number[] = [];
    await consume(async (payload, ctx) => {
      deliveries.push(ctx.deliveryCount);
      expect(payload.body).toBe('flaky');
      if (ctx.deliveryCount === 1) throw new Error('transient');
    });
    await publish('flaky');

    await waitFor('second delivery', () => deliveries.length === 2);
    await waitFor('ack', async () => (await consumerInfo()).ack_floor.stream_seq === 1);
    expect(deliveries).toEqual([1, 2]);
    expect((await consumerInfo()).num_ack_pending).toBe(0);
    expect(await deadLetters()).toHaveLength(0);
  });

  it('honours the delay a handler asks for with RetryLaterError', async () => {
    const seen: Array<{ count: number; at: number }> = [];
    await consume(async (_payload, ctx) => {
      seen.push({ count: ctx.deliveryCount, at: Date.now() });
      if (ctx.deliveryCount === 1) throw new RetryLaterError(300);
    });
    await publish('later');

    await waitFor('redelivery', () => seen.length === 2);
    expect(seen.map((s) => s.count)).toEqual([1, 2]);
    expect(seen[1].at - seen[0].at).toBeGreaterThanOrEqual(250);
  });

  it('dead-letters a message that keeps failing, with the error, and never redelivers it', async () => {
    const deliveries: number[] = [];
    await consume(async (_payload, ctx) => {
      deliveries.push(ctx.deliveryCount);
      throw new Error('parser exploded\non line 2');
    });
    const { seq } = await publish('poison');

    const [letter] = await waitFor('dead letter', async () => {
      const letters = await deadLetters();
      return letters.length ? letters : undefined;
    });
    expect(deliveries).toEqual([1, 2, 3]);
    expect(letter.subject).toBe(nats.names.deadLetter(SUBJECT));
    expect(letter.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'handler-failed',
      [DEAD_LETTER_HEADERS.error]: 'parser exploded on line 2',
      [DEAD_LETTER_HEADERS.originalSubject]: SUBJECT,
      [DEAD_LETTER_HEADERS.streamSeq]: String(seq),
      [DEAD_LETTER_HEADERS.deliveries]: '3',
      [DEAD_LETTER_HEADERS.originalMsgId]: 'poison',
    });
    expect(JSON.parse(letter.text)).toMatchObject({ body: 'poison' });

    await sleep(400);
    expect(deliveries).toEqual([1, 2, 3]);
    const info = await consumerInfo();
    expect(info.num_ack_pending).toBe(0);
    expect(info.num_pending).toBe(0);
    expect(await deadLetters()).toHaveLength(1);
  });

  it('dead-letters a message its handler declares unrecoverable on the first delivery', async () => {
    const deliveries: number[] = [];
    await consume(async (_payload, ctx) => {
      deliveries.push(ctx.deliveryCount);
      throw new UnrecoverableError('extraction exceeded its budget');
    });
    await publish('hopeless');

    const [letter] = await waitFor('dead letter', async () => {
      const letters = await deadLetters();
      return letters.length ? letters : undefined;
    });
    expect(letter.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'handler-failed',
      [DEAD_LETTER_HEADERS.error]: 'extraction exceeded its budget',
      [DEAD_LETTER_HEADERS.deliveries]: '1',
    });
    await sleep(300);
    expect(deliveries).toEqual([1]);
    expect((await consumerInfo()).num_ack_pending).toBe(0);
  });

  it('dead-letters malformed JSON and schema-invalid messages at once, and keeps going', async () => {
    const handled: string[] = [];
    await consume(async (payload) => {
      handled.push(payload.body);
    });
    const subject = nats.names.subject(SUBJECT);
    await nats.js.publish(subject, 'not json {', { msgID: 'raw-1' });
    await nats.js.publish(subject, JSON.stringify({ id: 'x' }), { msgID: 'raw-2' });
    await publish('good');

    await waitFor('good message handled', () => handled.includes('good'));
    const letters = await waitFor('two dead letters', async () => {
      const l = await deadLetters();
      return l.length === 2 ? l : undefined;
    });
    expect(handled).toEqual(['good']);
    expect(letters[0].headers[DEAD_LETTER_HEADERS.reason]).toBe('invalid-json');
    expect(letters[0].headers[DEAD_LETTER_HEADERS.deliveries]).toBe('1');
    expect(letters[0].text).toBe('not json {');
    expect(letters[1].headers[DEAD_LETTER_HEADERS.reason]).toBe('invalid-payload');
    expect(letters[1].headers[DEAD_LETTER_HEADERS.error]).toMatch(/body/);
  });

  it('stop() waits for the in-flight handler to finish and ack, and hands back unstarted messages', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    let finished = false;
    const handle = await consume(async (payload) => {
      started.push(payload.body);
      await gate;
      finished = true;
    });
    await publish('slow-1');
    await publish('slow-2');
    await publish('slow-3');
    await waitFor('first handler running', () => started.length === 1);

    let stopResolved = false;
    const stopping = handle.stop().then(() => (stopResolved = true));
    await sleep(200);
    expect(stopResolved).toBe(false);
    release();
    await stopping;

    expect(finished).toBe(true);
    expect(started).toEqual(['slow-1']);
    // Message 1 is acked; the message buffered behind it was handed back (nak), so it waits for the next puller.
    expect((await consumerInfo()).ack_floor.stream_seq).toBe(1);

    // Nothing was lost: a new worker on the same durable takes the rest.
    const rest: string[] = [];
    await consume(async (payload) => {
      rest.push(payload.body);
    });
    await waitFor('remaining messages', () => rest.length === 2);
    expect(rest.sort()).toEqual(['slow-2', 'slow-3']);
    await waitFor('all acked', async () => (await consumerInfo()).ack_floor.stream_seq === 3);
  });

  it('dead-letters on the spare delivery when the last attempt never finished (crashed worker)', async () => {
    const handled: number[] = [];
    const options = { maxDeliver: 2, ackWaitMs: 300 };
    const first = await consume(async () => undefined, options);
    await first.stop();
    await publish('orphan');
    // Two deliveries taken by a "worker" that dies without acking.
    const raw = await nats.js.consumers.get(nats.names.stream('articles'), 'extractor');
    for (let attempt = 1; attempt <= 2; attempt++) {
      const msg = await raw.next({ expires: 2000 });
      expect(msg?.info.deliveryCount).toBe(attempt);
    }

    await consume(async (_payload, ctx) => {
      handled.push(ctx.deliveryCount);
    }, options);
    const [letter] = await waitFor('dead letter', async () => {
      const letters = await deadLetters();
      return letters.length ? letters : undefined;
    });
    expect(handled).toEqual([]);
    expect(letter.headers[DEAD_LETTER_HEADERS.deliveries]).toBe('3');
    expect(letter.headers[DEAD_LETTER_HEADERS.error]).toMatch(/last attempt did not finish/);
  });

  it('runs up to `concurrency` handlers at once', async () => {
    let running = 0;
    let peak = 0;
    let done = 0;
    await consume(
      async () => {
        running++;
        peak = Math.max(peak, running);
        await sleep(100);
        running--;
        done++;
      },
      { concurrency: 3 },
    );
    for (let i = 0; i < 6; i++) await publish(`parallel-${i}`);

    await waitFor('all handled', () => done === 6);
    expect(peak).toBe(3);
  });
});
