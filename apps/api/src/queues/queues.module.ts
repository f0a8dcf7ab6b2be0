/** Operator dashboards: Bull Board at /admin/queues over every BullMQ queue, behind basic auth. */
import { Module, type DynamicModule } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { BullBoardModule } from '@bull-board/nestjs';
import { ExpressAdapter } from '@bull-board/express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { AppConfig } from '@marsad/config';
import { QUEUES } from '@marsad/contracts';
import { basicAuth } from './basic-auth.middleware';

const DASHBOARD_QUEUES = [QUEUES.webhookDelivery, QUEUES.feedPoll, QUEUES.pageFetch];

@Module({})
export class QueuesModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueuesModule,
      imports: [
        BullModule.forRoot({ connection: { url: config.redis.url }, prefix: config.redis.queuePrefix }),
        ...DASHBOARD_QUEUES.map((name) => BullModule.registerQueue({ name })),
        BullBoardModule.forRoot({
          route: '/admin/queues',
          adapter: ExpressAdapter,
          middleware: basicAuth(config.http.adminUser, config.http.adminPassword),
        }),
        ...DASHBOARD_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
      ],
    };
  }
}
