// Finds @JetStreamHandler methods at bootstrap, starts their consumers, and stops them before the connection drains.
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { SUBJECT_SCHEMAS } from '@marsad/contracts';
import { startConsumer, type ConsumerHandle } from '../consuming/start-consumer';
import type { MessageContext } from '../consuming/process-delivery';
import { isSubject } from '../publishing/jetstream-publisher';
import { JETSTREAM_HANDLER, type JetStreamHandlerOptions } from './jetstream-handler.decorator';
import { NatsConnectionService } from './nats-connection.service';
import { DEFAULT_BACKOFF_MS, MESSAGING_OPTIONS, type MessagingModuleOptions } from './messaging.options';

interface DiscoveredHandler {
  options: JetStreamHandlerOptions;
  owner: string;
  invoke: (payload: unknown, context: MessageContext) => Promise<void>;
}

@Injectable()
export class JetStreamHandlerExplorer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly handles: ConsumerHandle[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly connection: NatsConnectionService,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
  ) {}

  /** Every decorated method of every singleton provider and controller. */
  discover(): DiscoveredHandler[] {
    const found: DiscoveredHandler[] = [];
    for (const wrapper of [...this.discovery.getProviders(), ...this.discovery.getControllers()]) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype: unknown = Object.getPrototypeOf(instance);
      if (!prototype || typeof prototype !== 'object') continue;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method: unknown = Reflect.get(instance, name);
        if (typeof method !== 'function') continue;
        const options = this.reflector.get<JetStreamHandlerOptions | undefined>(JETSTREAM_HANDLER, method);
        if (!options) continue;
        found.push({
          options,
          owner: `${wrapper.name}.${name}`,
          invoke: (payload, context) => Promise.resolve(method.call(instance, payload, context)),
        });
      }
    }
    return found;
  }

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.discover();
    assertOneHandlerPerConsumer(handlers);
    const { js, names, logger } = this.connection;
    for (const { options, owner, invoke } of handlers) {
      if (!isSubject(options.subject)) throw new Error(`${owner}: unknown subject "${options.subject}"`);
      this.handles.push(
        await startConsumer(js, {
          names,
          subject: options.subject,
          durable: options.durable,
          schema: SUBJECT_SCHEMAS[options.subject],
          handler: invoke,
          maxDeliver: options.maxDeliver ?? this.options.maxDeliver,
          backoffMs: options.backoffMs ?? this.options.defaultBackoffMs ?? DEFAULT_BACKOFF_MS,
          concurrency: concurrencyOf(options, this.options),
          ackWaitMs: options.ackWaitMs,
          logger,
        }),
      );
      logger.info({ owner, subject: options.subject, durable: options.durable }, 'JetStream handler started');
    }
  }

  /** onModuleDestroy runs before any onApplicationShutdown, so consumers settle before the connection drains. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.handles.splice(0).map((handle) => handle.stop()));
  }
}

/** Two methods on one durable would split its messages between unrelated handlers: refuse at start. */
export function assertOneHandlerPerConsumer(handlers: Array<Pick<DiscoveredHandler, 'options' | 'owner'>>): void {
  const seen = new Map<string, string>();
  for (const { options, owner } of handlers) {
    const key = `${options.subject}|${options.durable}`;
    const previous = seen.get(key);
    if (previous)
      throw new Error(`Both ${previous} and ${owner} handle ${options.subject} on durable "${options.durable}".`);
    seen.set(key, owner);
  }
}

/** A handler's own concurrency, else the deployment's for its durable consumer, else undefined (one at a time). */
export function concurrencyOf(
  handler: Pick<JetStreamHandlerOptions, 'durable' | 'concurrency'>,
  module: Pick<MessagingModuleOptions, 'consumerConcurrency'>,
): number | undefined {
  return handler.concurrency ?? module.consumerConcurrency?.[handler.durable];
}
