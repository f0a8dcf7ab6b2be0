// NestJS face of the messaging lib: one global connection, a publisher, and @JetStreamHandler discovery.
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MessagingNames } from '../naming/messaging-names';
import { JetStreamPublisher } from '../publishing/jetstream-publisher';
import { JetStreamHandlerExplorer } from './jetstream-handler.explorer';
import { NatsConnectionService } from './nats-connection.service';
import { MESSAGING_OPTIONS, type MessagingModuleOptions } from './messaging.options';

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: NatsConnectionService,
          useFactory: (o: MessagingModuleOptions) => NatsConnectionService.connect(o),
          inject: [MESSAGING_OPTIONS],
        },
        { provide: MessagingNames, useFactory: (c: NatsConnectionService) => c.names, inject: [NatsConnectionService] },
        {
          provide: JetStreamPublisher,
          useFactory: (c: NatsConnectionService) => new JetStreamPublisher(c.js, c.names),
          inject: [NatsConnectionService],
        },
        JetStreamHandlerExplorer,
      ],
      exports: [MESSAGING_OPTIONS, NatsConnectionService, MessagingNames, JetStreamPublisher],
    };
  }
}
