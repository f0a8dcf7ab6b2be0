/**
 * Operator dashboards: Bull Board at /admin/queues over every BullMQ queue, behind basic auth.
 *
 * Mounted with @bull-board/api + @bull-board/express directly rather than @bull-board/nestjs: that package pulls in
 * @nestjs/bull-shared 12, which is ESM-only, so Jest (CommonJS) cannot load the app in-process. The router is
 * mounted in onModuleInit, i.e. after Nest's routes and before its not-found handler.
 */
import { Module, type DynamicModule } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import type { AppConfig } from '@marsad/config';
import { DASHBOARD_QUEUES, QUEUE_DASHBOARD_SETTINGS, QueueDashboard } from './queue-dashboard.service';

@Module({})
export class QueuesModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueuesModule,
      imports: [
        BullModule.forRoot({ connection: { url: config.redis.url }, prefix: config.redis.queuePrefix }),
        ...DASHBOARD_QUEUES.map((name) => BullModule.registerQueue({ name })),
      ],
      providers: [
        {
          provide: QUEUE_DASHBOARD_SETTINGS,
          useValue: { route: '/admin/queues', user: config.http.adminUser, password: config.http.adminPassword },
        },
        QueueDashboard,
      ],
    };
  }
}
