/**
 * Heals the gap between "delivery row written" and "job enqueued": a crash in between leaves a pending
 * delivery with no job. Every interval, pending deliveries older than a grace period are enqueued again
 * (the job id is the delivery id, so a live job is never doubled).
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DeliveriesRepository } from '@marsad/database';
import { DeliveryQueue } from './delivery-queue';

export const SWEEP_INTERVAL_MS = Symbol('SWEEP_INTERVAL_MS');

@Injectable()
export class DeliverySweeperService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliverySweeperService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
    @Inject(SWEEP_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((e: unknown) => this.logger.warn(`delivery sweep failed: ${String(e)}`));
    }, this.intervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(olderThanMs = this.intervalMs): Promise<number> {
    const stale = await this.deliveries.listUnfinishedOlderThan(new Date(Date.now() - olderThanMs), 500);
    for (const d of stale) {
      await this.queue.enqueue({
        deliveryId: d.id,
        alertId: d.alertId,
        subscriptionId: d.subscriptionId,
        tenantId: d.tenantId,
      });
    }
    if (stale.length) this.logger.log(`re-enqueued ${stale.length} pending deliveries`);
    return stale.length;
  }
}
