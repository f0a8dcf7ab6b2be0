// NestJS face of the outbox relay: publishes the rows an app wrote in its transactions (the store is provided by
// the app, e.g. the database lib's OutboxRepository), starts after bootstrap and stops before NATS drains.
import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type InjectionToken,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { relayOutbox, type OutboxRelayHandle, type OutboxStore } from '../outbox/outbox-relay';
import { JetStreamPublisher } from '../publishing/jetstream-publisher';
import { NatsConnectionService } from './nats-connection.service';

export const OUTBOX_STORE = Symbol('OUTBOX_STORE');
export const OUTBOX_RELAY_INTERVAL_MS = Symbol('OUTBOX_RELAY_INTERVAL_MS');

@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private handle: OutboxRelayHandle | null = null;

  constructor(
    @Inject(OUTBOX_STORE) private readonly store: OutboxStore,
    private readonly publisher: JetStreamPublisher,
    private readonly connection: NatsConnectionService,
    @Inject(OUTBOX_RELAY_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.handle = relayOutbox(this.store, this.publisher, {
      intervalMs: this.intervalMs,
      logger: this.connection.logger,
    });
  }

  /** Publishes everything pending now (e.g. before a one-shot import exits); returns how many rows went out. */
  async flush(): Promise<number> {
    if (!this.handle) throw new Error('the outbox relay is not running yet');
    let total = 0;
    for (let published = await this.handle.flush(); published > 0; published = await this.handle.flush())
      total += published;
    return total;
  }

  async onModuleDestroy(): Promise<void> {
    await this.handle?.stop();
  }
}

@Module({})
export class OutboxRelayModule {
  /** @param store the token of the app's OutboxStore provider (e.g. OutboxRepository from the database lib). */
  static forRoot(options: { store: InjectionToken; intervalMs?: number }): DynamicModule {
    return {
      module: OutboxRelayModule,
      providers: [
        { provide: OUTBOX_STORE, useExisting: options.store },
        { provide: OUTBOX_RELAY_INTERVAL_MS, useValue: options.intervalMs ?? 250 },
        OutboxRelayService,
      ],
      exports: [OutboxRelayService],
    };
  }
}
