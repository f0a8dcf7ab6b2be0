// Starts a durable pull consumer on a logical subject and processes deliveries with bounded concurrency.
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { z } from 'zod';
import { silentLogger, type MessagingLogger } from '../logging/messaging-logger';
import type { MessagingNames } from '../naming/messaging-names';
import { ensureConsumer } from '../provisioning/ensure-consumer';
import { errorMessage } from './delivery-decision';
import { processDelivery, type DeliveryPolicy, type MessageHandler } from './process-delivery';

export interface ConsumerOptions<T> {
  names: MessagingNames;
  /** Logical subject, e.g. `articles.ingested`. */
  subject: string;
  /** Durable consumer name; replicas sharing it share the work. */
  durable: string;
  schema: z.ZodType<T>;
  handler: MessageHandler<T>;
  /** Handler attempts before the message goes to the dead-letter subject. */
  maxDeliver: number;
  /** Delay before attempt n+1 after attempt n failed: backoffMs[n-1], the last entry repeating. */
  backoffMs: number[];
  /** Physical stream name; defaults to the contract stream capturing the subject. */
  stream?: string;
  /** Messages handled at once by this process (default 1). */
  concurrency?: number;
  /** Lease per delivery; handlers still running extend it (default 30 s). */
  ackWaitMs?: number;
  /** Server-side delays for redeliveries after ack timeouts; see DurableConsumerSpec. */
  ackTimeoutBackoffMs?: number[];
  logger?: MessagingLogger;
}

export interface ConsumerHandle {
  readonly stream: string;
  readonly durable: string;
  /** Stops pulling, hands back unstarted messages, and resolves once in-flight handlers have settled. */
  stop(): Promise<void>;
}

const RESTART_DELAY_MS = 1000;

export async function startConsumer<T>(js: JetStreamClient, options: ConsumerOptions<T>): Promise<ConsumerHandle> {
  const { names, subject, durable, maxDeliver } = options;
  if (!Number.isInteger(maxDeliver) || maxDeliver < 1)
    throw new Error(`maxDeliver must be a positive integer, got ${maxDeliver}`);
  const logger = options.logger ?? silentLogger;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const ackWaitMs = options.ackWaitMs ?? 30_000;
  const stream = options.stream ?? names.streamFor(subject).name;

  await ensureConsumer(await js.jetstreamManager(), {
    stream,
    durable,
    filterSubject: names.subject(subject),
    // One spare delivery to dead-letter a message whose last attempt never finished (see processDelivery).
    maxDeliver: maxDeliver + 1,
    ackWaitMs,
    ackTimeoutBackoffMs: options.ackTimeoutBackoffMs,
  });
  const consumer = await js.consumers.get(stream, durable);

  const policy: DeliveryPolicy<T> = {
    js,
    names,
    schema: options.schema,
    handler: options.handler,
    maxDeliver,
    backoffMs: options.backoffMs,
    ackWaitMs,
    logger,
  };
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let messages: ConsumerMessages | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let wakeRestart: (() => void) | undefined;

  const dispatch = async (msg: JsMsg): Promise<void> => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (stopping) {
      // Not started: give it back at once so another replica can take it.
      msg.nak();
      return;
    }
    const task = processDelivery(msg, policy).finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  const pull = async (): Promise<void> => {
    while (!stopping) {
      try {
        // Pull no more than we can start soon: buffered messages burn their ack_wait lease.
        messages = await consumer.consume({ max_messages: concurrency });
        for await (const msg of messages) await dispatch(msg);
      } catch (err) {
        logger.error({ stream, durable, error: errorMessage(err) }, 'consumer stopped unexpectedly; restarting');
      }
      if (!stopping) {
        await new Promise<void>((resolve) => {
          wakeRestart = resolve;
          restartTimer = setTimeout(resolve, RESTART_DELAY_MS);
        });
      }
    }
  };

  const pulling = pull();
  logger.info({ stream, durable, subject, concurrency }, 'consumer started');

  let stopped: Promise<void> | undefined;
  return {
    stream,
    durable,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        clearTimeout(restartTimer);
        wakeRestart?.();
        // close() lets the iterator yield what is buffered (we nak it) before ending the loop.
        const closing = messages?.close();
        await pulling;
        await Promise.allSettled([...inFlight]);
        await closing;
        logger.info({ stream, durable }, 'consumer stopped');
      })();
      return stopped;
    },
  };
}
