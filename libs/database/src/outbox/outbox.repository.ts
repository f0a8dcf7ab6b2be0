// Transactional outbox: enqueue inside the caller's transaction, then a relay claims, publishes and marks rows.
import type { DataSource, EntityManager } from 'typeorm';
import { tableOf } from '../shared/sql-names';
import { OutboxMessageEntity } from './outbox-message.entity';
import type { ClaimedOutboxMessage, OutboxEnqueueInput, OutboxStore } from './outbox-store.interface';

interface ClaimedRow {
  id: string;
  subject: string;
  msg_id: string;
  payload: unknown;
  headers: Record<string, string> | null;
}

export class OutboxRepository implements OutboxStore {
  /**
   * @param leaseMs how long a claimed row stays invisible to other relays; a relay that dies mid-batch
   *   releases its rows when the lease runs out (JetStream's msg-id dedup absorbs the re-publish).
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly leaseMs = 30_000,
  ) {}

  /**
   * Adds a message using the caller's EntityManager, so it commits or rolls back with the state change.
   * A msgId already present is ignored; returns whether the row is new.
   */
  async enqueue(manager: EntityManager, input: OutboxEnqueueInput): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO ${tableOf(manager.connection, OutboxMessageEntity)} (tenant_id, subject, msg_id, payload, headers)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (msg_id) DO NOTHING
       RETURNING id`,
      [
        input.tenantId ?? 'default',
        input.subject,
        input.msgId,
        JSON.stringify(input.payload),
        input.headers === undefined ? null : JSON.stringify(input.headers),
      ],
    );
    return rows.length > 0;
  }

  async claimBatch(limit: number): Promise<ClaimedOutboxMessage[]> {
    if (limit < 1) return [];
    const table = tableOf(this.dataSource, OutboxMessageEntity);
    // SKIP LOCKED keeps concurrent relays from waiting on each other; the lease keeps them apart after commit.
    const [rows] = await this.dataSource.query<[ClaimedRow[], number]>(
      `UPDATE ${table} AS o
       SET claimed_until = now() + make_interval(secs => $2::double precision / 1000)
       FROM (
         SELECT id FROM ${table}
         WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY id
         LIMIT $1
         FOR UPDATE SKIP LOCKED
       ) AS picked
       WHERE o.id = picked.id
       RETURNING o.id, o.subject, o.msg_id, o.payload, o.headers`,
      [limit, this.leaseMs],
    );
    return rows
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .map((r) => ({
        id: r.id,
        subject: r.subject,
        msgId: r.msg_id,
        payload: r.payload,
        ...(r.headers ? { headers: r.headers } : {}),
      }));
  }

  async markPublished(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE ${tableOf(this.dataSource, OutboxMessageEntity)}
       SET published_at = now(), claimed_until = NULL
       WHERE id = ANY($1::bigint[]) AND published_at IS NULL`,
      [ids],
    );
  }

  /** Unpublished messages, for health checks and metrics (a growing number means the relay is stuck). */
  async countUnpublished(): Promise<number> {
    const rows = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM ${tableOf(this.dataSource, OutboxMessageEntity)} WHERE published_at IS NULL`,
    );
    return Number(rows[0]?.n ?? 0);
  }
}
