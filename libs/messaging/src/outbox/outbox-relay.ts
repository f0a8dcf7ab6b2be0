// Publishes rows of a transactional outbox to JetStream and marks them, so a state change and its notice never diverge.
import { silentLogger, type MessagingLogger } from '../logging/messaging-logger';
import { errorMessage } from '../consuming/delivery-decision';
import type { OutboxMessage, OutboxStore } from '@marsad/contracts';
import type { PublishOptions, PublishResult } from '../publishing/jetstream-publisher';

export type { OutboxMessage, OutboxStore };

/** The part of JetStreamPublisher the relay needs. */
export interface OutboxPublisher {
  publishUnchecked(subject: string, payload: unknown, options: PublishOptions): Promise<PublishResult>;
}

export interface OutboxRelayOptions {
  intervalMs: number;
  batchSize?: number;
  logger?: MessagingLogger;
}

export interface OutboxRelayHandle {
  /** Runs one claim-publish-mark pass now; returns how many rows were published. */
  flush(): Promise<number>;
  /** Ends the loop after the pass in progress. */
  stop(): Promise<void>;
}

/**
 * One pass: publish every claimed row, then mark the ones that made it. A row that fails stays unmarked and is
 * claimed again later; other rows still go out (consumers do not rely on order, only on idempotency).
 */
export async function relayOutboxOnce(
  store: OutboxStore,
  publisher: OutboxPublisher,
  batchSize: number,
  logger: MessagingLogger = silentLogger,
): Promise<{ claimed: number; published: number }> {
  const batch = await store.claimBatch(batchSize);
  const published: string[] = [];
  for (const row of batch) {
    try {
      await publisher.publishUnchecked(row.subject, row.payload, { msgId: row.msgId, headers: row.headers });
      published.push(row.id);
    } catch (err) {
      logger.error({ outboxId: row.id, subject: row.subject, error: errorMessage(err) }, 'outbox row not published');
    }
  }
  if (published.length) await store.markPublished(published);
  return { claimed: batch.length, published: published.length };
}

export function relayOutbox(
  store: OutboxStore,
  publisher: OutboxPublisher,
  options: OutboxRelayOptions,
): OutboxRelayHandle {
  const batchSize = options.batchSize ?? 100;
  const logger = options.logger ?? silentLogger;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  // Passes never overlap: a flush() during a timed pass waits for it.
  let chain: Promise<unknown> = Promise.resolve();

  const pass = (): Promise<{ claimed: number; published: number }> => {
    const run = chain.then(() => relayOutboxOnce(store, publisher, batchSize, logger));
    chain = run.catch(() => undefined);
    return run;
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      let full = false;
      try {
        const { claimed } = await pass();
        full = claimed >= batchSize;
      } catch (err) {
        logger.error({ error: errorMessage(err) }, 'outbox pass failed; retrying after the interval');
      }
      // A full batch means more rows wait: go again without sleeping.
      if (!full && !stopping) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, options.intervalMs);
        });
      }
    }
  };
  const running = loop();

  return {
    flush: async () => (await pass()).published,
    stop: async () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await running;
      await chain;
    },
  };
}
