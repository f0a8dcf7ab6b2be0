// Owns the process's NATS connection: connects and provisions streams at start, drains at shutdown.
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { fromNestLogger, type MessagingLogger } from '../logging/messaging-logger';
import { MessagingNames } from '../naming/messaging-names';
import { DEFAULT_STREAM_POLICY, ensureStreams } from '../provisioning/ensure-streams';
import type { MessagingModuleOptions } from './messaging.options';

export class NatsConnectionService implements OnApplicationShutdown {
  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    readonly names: MessagingNames,
    readonly logger: MessagingLogger,
  ) {}

  /**
   * Connects and ensures the contract streams before anything that publishes or consumes is built: the module
   * provides this through an async factory, so Nest awaits it during initialisation.
   */
  static async connect(options: MessagingModuleOptions): Promise<NatsConnectionService> {
    const logger = options.logger ?? fromNestLogger(new Logger('Messaging'));
    const names = new MessagingNames(options.streamPrefix);
    const nc: NatsConnection = await connect({
      servers: options.url,
      name: options.clientName,
      maxReconnectAttempts: -1,
    });
    const jsm = await jetstreamManager(nc);
    await ensureStreams(jsm, names, options.streamPolicy ?? DEFAULT_STREAM_POLICY);
    logger.info(
      { server: nc.getServer(), prefix: options.streamPrefix || '(none)' },
      'connected to NATS; streams ensured',
    );
    return new NatsConnectionService(nc, jetstream(nc), jsm, names, logger);
  }

  /** Runs after every module's onModuleDestroy, i.e. after consumers stopped: flushes pending publishes and acks. */
  async onApplicationShutdown(): Promise<void> {
    if (this.nc.isClosed()) return;
    await this.nc.drain();
    this.logger.info({}, 'NATS connection drained');
  }
}
