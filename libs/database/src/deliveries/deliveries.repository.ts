// Delivery bookkeeping: one row per (alert, subscription), created idempotently, updated after every attempt.
import { In, LessThan, type DataSource } from 'typeorm';
import { tableOf } from '../shared/sql-names';
import { DeliveryEntity, type DeliveryStatus } from './delivery.entity';

export interface DeliveryAttempt {
  status: DeliveryStatus;
  statusCode?: number | null;
  error?: string | null;
  nextAttemptAt?: Date | null;
}

/** Terminal states are final: a replayed job must not move a delivered webhook back to 'failed'. */
const NOT_FINAL = `status NOT IN ('succeeded', 'dead')`;

export class DeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ensures one pending delivery per subscription for the alert; returns all of them, existing ones included. */
  async createForAlert(alertId: string, subscriptionIds: string[], tenantId: string): Promise<DeliveryEntity[]> {
    if (subscriptionIds.length === 0) return [];
    await this.dataSource.query(
      `INSERT INTO ${tableOf(this.dataSource, DeliveryEntity)} (tenant_id, alert_id, subscription_id)
       SELECT $1, $2, s FROM unnest($3::uuid[]) AS s
       ON CONFLICT (alert_id, subscription_id) DO NOTHING`,
      [tenantId, alertId, subscriptionIds],
    );
    return this.dataSource.getRepository(DeliveryEntity).find({
      where: { alertId, subscriptionId: In(subscriptionIds) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Deliveries not finished and untouched since `before`: the sweeper re-enqueues them, which heals a crash
   * between writing the row and enqueueing its job (the job id is the delivery id, so live jobs are not doubled).
   */
  async listUnfinishedOlderThan(before: Date, limit: number): Promise<DeliveryEntity[]> {
    return this.dataSource.getRepository(DeliveryEntity).find({
      where: [
        { status: 'pending', updatedAt: LessThan(before) },
        { status: 'failed', updatedAt: LessThan(before) },
      ],
      order: { updatedAt: 'ASC' },
      take: limit,
    });
  }

  async get(id: string): Promise<DeliveryEntity | null> {
    return this.dataSource.getRepository(DeliveryEntity).findOneBy({ id });
  }

  /**
   * Records one finished attempt that did not end the delivery (usually status 'failed' with the next try time),
   * or a status change such as 'delivering'. Returns the updated row, or null if missing or already final.
   */
  async markAttempt(id: string, attempt: DeliveryAttempt): Promise<DeliveryEntity | null> {
    const countsAsAttempt = attempt.status !== 'delivering' && attempt.status !== 'pending';
    return this.update(
      id,
      `status = $2, attempts = attempts + $3, last_status_code = $4, last_error = $5, next_attempt_at = $6`,
      [
        attempt.status,
        countsAsAttempt ? 1 : 0,
        attempt.statusCode ?? null,
        attempt.error ?? null,
        attempt.nextAttemptAt ?? null,
      ],
    );
  }

  /** Records the successful attempt. */
  async markSucceeded(id: string, result: { statusCode?: number | null } = {}): Promise<DeliveryEntity | null> {
    return this.update(
      id,
      `status = 'succeeded', attempts = attempts + 1, last_status_code = $2, last_error = NULL,
       next_attempt_at = NULL, delivered_at = now()`,
      [result.statusCode ?? null],
    );
  }

  /** Records the attempt after which no retry follows (attempts exhausted, or the endpoint is gone). */
  async markDead(
    id: string,
    result: { statusCode?: number | null; error?: string | null } = {},
  ): Promise<DeliveryEntity | null> {
    return this.update(
      id,
      `status = 'dead', attempts = attempts + 1, last_status_code = $2, last_error = $3, next_attempt_at = NULL`,
      [result.statusCode ?? null, result.error ?? null],
    );
  }

  private async update(id: string, assignments: string, params: unknown[]): Promise<DeliveryEntity | null> {
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE ${tableOf(this.dataSource, DeliveryEntity)}
       SET ${assignments}, updated_at = now()
       WHERE id = $1 AND ${NOT_FINAL}
       RETURNING id`,
      [id, ...params],
    );
    return rows.length > 0 ? this.get(id) : null;
  }
}
