/**
 * The rule extractor on a worker thread. The service's event loop (JetStream lease heartbeats, the outbox relay,
 * metrics) keeps running while a long article is read, and an article that overruns its time budget is stopped:
 * the worker is terminated and replaced, and the article fails as unrecoverable, so it is dead-lettered with the
 * reason instead of being retried into the same wall. A worker that dies (out of memory, crash) fails only its
 * article, as a retryable error; the next article gets a fresh worker.
 */
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MarsadEvent } from '@marsad/contracts';
import {
  RULE_EXTRACTOR_NAME,
  RULE_EXTRACTOR_VERSION,
  type EventExtractor,
  type ExtractInput,
} from '@marsad/extraction';
import { UnrecoverableError } from '@marsad/messaging';
import type { WorkerReply, WorkerRequest } from './worker-messages';

export class ExtractionBudgetError extends UnrecoverableError {}

export interface WorkerExtractorOptions {
  /** Wall-clock time one article may take on the worker, start-up excluded. */
  budgetMs: number;
  /** Heap ceiling of the worker: a runaway article kills the worker, not the service. */
  maxHeapMb?: number;
}

// The services run from their TypeScript sources through scripts/register.cjs; the worker loads it too.
const ENTRY = join(__dirname, 'extraction.worker.ts');
const REGISTER = resolve(__dirname, '..', '..', '..', '..', 'scripts', 'register.cjs');

interface Running {
  worker: Worker;
  ready: Promise<void>;
  /** Why the worker died, when it did (out of memory, an uncaught error). */
  failure?: string;
}

export class WorkerExtractor implements EventExtractor {
  readonly name = RULE_EXTRACTOR_NAME;
  readonly version = RULE_EXTRACTOR_VERSION;
  private running: Running | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: WorkerExtractorOptions) {
    this.running = this.spawn(); // start-up (gazetteer) now, not on the first article
  }

  /** Articles are read one at a time, in call order. */
  extract(article: ExtractInput): Promise<MarsadEvent[]> {
    const run = this.queue.then(() => this.run(article));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    const running = this.running;
    this.running = null;
    await running?.worker.terminate();
  }

  /** NestJS calls this on shutdown. */
  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  private async run(article: ExtractInput): Promise<MarsadEvent[]> {
    if (this.closed) throw new Error('the extractor is closed');
    const running = (this.running ??= this.spawn());
    await running.ready;
    const { worker } = running;
    const budgetMs = this.options.budgetMs;
    return new Promise<MarsadEvent[]>((resolvePromise, reject) => {
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        outcome();
      };
      const timer = setTimeout(
        () =>
          settle(() => {
            this.discard(running);
            reject(
              new ExtractionBudgetError(
                `extraction of article ${article.id} (${article.body.length} chars) exceeded its budget of ${budgetMs} ms`,
              ),
            );
          }),
        budgetMs,
      );
      const onMessage = (reply: WorkerReply) => {
        if (reply.kind === 'events') settle(() => resolvePromise(reply.events));
        else if (reply.kind === 'failed') settle(() => reject(new Error(`extraction failed: ${reply.error}`)));
      };
      const onExit = (code: number) =>
        settle(() =>
          reject(
            new Error(
              `the extraction worker stopped while reading ${article.id}: ${running.failure ?? `exit code ${code}`}`,
            ),
          ),
        );
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      const request: WorkerRequest = { article };
      worker.postMessage(request);
    });
  }

  private spawn(): Running {
    const worker = new Worker(ENTRY, {
      execArgv: ['--require', REGISTER],
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024 },
    });
    worker.unref(); // an idle worker never keeps the process alive
    const running: Running = {
      worker,
      ready: new Promise<void>((resolveReady, reject) => {
        worker.on('message', (reply: WorkerReply) => reply.kind === 'ready' && resolveReady());
        worker.on('exit', (code) =>
          reject(new Error(`the extraction worker did not start: ${running.failure ?? `exit code ${code}`}`)),
        );
      }),
    };
    running.ready.catch(() => undefined); // a start-up failure is reported to the article that waits for it
    // A crash (out of memory, uncaught error) ends in 'exit'; kept here, it never reaches the service's process.
    worker.on('error', (err) => (running.failure = err.message));
    worker.on('exit', () => {
      if (this.running === running) this.running = null;
    });
    return running;
  }

  private discard(running: Running): void {
    if (this.running === running) this.running = null;
    void running.worker.terminate();
  }
}
