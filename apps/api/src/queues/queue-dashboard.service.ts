/** Builds the Bull Board over the app's queues and mounts it, behind basic auth, on the Express instance. */
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { QUEUES } from '@marsad/contracts';
import { basicAuth } from './basic-auth.middleware';

export const DASHBOARD_QUEUES = [QUEUES.webhookDelivery, QUEUES.feedPoll, QUEUES.pageFetch];

export const QUEUE_DASHBOARD_SETTINGS = Symbol('QUEUE_DASHBOARD_SETTINGS');

export interface QueueDashboardSettings {
  route: string;
  user: string;
  password: string;
}

@Injectable()
export class QueueDashboard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    @Inject(QUEUE_DASHBOARD_SETTINGS) private readonly settings: QueueDashboardSettings,
  ) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(this.settings.route);
    const queues = DASHBOARD_QUEUES.map(
      (name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })),
    );
    createBullBoard({ queues, serverAdapter });
    this.adapterHost.httpAdapter.use(
      this.settings.route,
      basicAuth(this.settings.user, this.settings.password),
      serverAdapter.getRouter(),
    );
  }
}
