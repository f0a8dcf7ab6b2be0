// Remembers responses to requests that carried an Idempotency-Key, first writer wins.
import type { DataSource } from 'typeorm';
import { tableOf } from '../shared/sql-names';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

export interface RememberResponseInput {
  tenantId: string;
  key: string;
  requestHash: string;
  statusCode: number;
  response: unknown;
}

export class IdempotencyKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(tenantId: string, key: string): Promise<IdempotencyKeyEntity | null> {
    return this.dataSource.getRepository(IdempotencyKeyEntity).findOneBy({ tenantId, key });
  }

  /** Stores the response unless the key is already taken; returns the stored entry (the earlier one if so). */
  async remember(input: RememberResponseInput): Promise<{ entry: IdempotencyKeyEntity; stored: boolean }> {
    const rows = await this.dataSource.query<{ key: string }[]>(
      `INSERT INTO ${tableOf(this.dataSource, IdempotencyKeyEntity)} (tenant_id, key, request_hash, status_code, response)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, key) DO NOTHING
       RETURNING key`,
      [input.tenantId, input.key, input.requestHash, input.statusCode, JSON.stringify(input.response ?? null)],
    );
    const entry = await this.dataSource
      .getRepository(IdempotencyKeyEntity)
      .findOneByOrFail({ tenantId: input.tenantId, key: input.key });
    return { entry, stored: rows.length > 0 };
  }

  /** Forgets entries older than `before` (keys are meant to live about a day). */
  async deleteOlderThan(before: Date): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM ${tableOf(this.dataSource, IdempotencyKeyEntity)} WHERE created_at < $1`,
      [before],
    );
    return count;
  }
}
